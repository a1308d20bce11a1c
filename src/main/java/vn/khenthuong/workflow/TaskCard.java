package vn.khenthuong.workflow;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The two lines every Tasklist task card shows under the step's name, so a row says what it is about:
 * "Hồ sơ: HS-2026-000007 · Lao động tiên tiến · 3 người", "Đơn vị: Trường Tiểu học Hòa Chung". Task
 * variables, because a reviewer may read their task's variables but not the process instance's.
 */
public final class TaskCard {

    static final String WHAT = "hoSo";
    static final String FROM = "donVi";

    /** The shared filters' {@code variables} property: what the cards show, with their labels. */
    public static final List<Map<String, String>> FILTER_VARIABLES = List.of(
            Map.of("name", WHAT, "label", "Hồ sơ"),
            Map.of("name", FROM, "label", "Đơn vị"));

    private TaskCard() {
    }

    /** Puts what the task is about and who it comes from on the task's card. */
    public static void show(DelegateTask task, String what, String from) {
        task.setVariableLocal(WHAT, what);
        task.setVariableLocal(FROM, from);
    }
}
