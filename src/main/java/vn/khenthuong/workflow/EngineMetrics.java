package vn.khenthuong.workflow;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What an operator watches of the engine (Prometheus, README "Vận hành"): open tasks, jobs waiting to
 * run, jobs out of retries and open incidents. Counted when scraped.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;

    EngineMetrics(TaskService tasks, ManagementService management, RuntimeService runtime) {
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("camunda.tasks.open", () -> tasks.createTaskQuery().count())
                .description("Việc đang chờ xử lý").register(registry);
        Gauge.builder("camunda.jobs.due", () -> management.createJobQuery().executable().count())
                .description("Job đến hạn chờ chạy").register(registry);
        Gauge.builder("camunda.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Job hết số lần thử lại").register(registry);
        Gauge.builder("camunda.incidents.open", () -> runtime.createIncidentQuery().count())
                .description("Sự cố đang mở (Cockpit)").register(registry);
    }
}
