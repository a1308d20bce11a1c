package vn.khenthuong.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The diagrams are read by people (the dossier page shows them, Cockpit and Modeler open them): they
 * keep the shape of a diagram drawn in Camunda Modeler — nothing on top of anything, lines that go round
 * shapes, every way out of a decision labelled, timers on their task's border — and fit 2,500 px.
 */
class DiagramLayoutTest {

    private static final double MAX_WIDTH = 2_500;
    private static final int MAX_TASK_NAME = 45;

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void fitsTheWidthAndEveryFlowNodeIsDrawn(String file) {
        BpmnModelInstance model = model(file);
        double right = 0;
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            right = Math.max(right, shape.getBounds().getX() + shape.getBounds().getWidth());
        }
        assertThat(right).isLessThanOrEqualTo(MAX_WIDTH);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shape(model, node)).as(node.getId()).isNotNull();
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edge(model, flow)).as(flow.getId()).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void noShapeLiesOnAnother(String file) {
        List<BpmnShape> shapes = flowShapes(model(file));
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                if (overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds(), 0)
                        && !attached(shapes.get(i), shapes.get(j))) {
                    overlaps.add(id(shapes.get(i)) + " / " + id(shapes.get(j)));
                }
            }
        }
        assertThat(overlaps).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void everyTimerSitsOnItsTasksBorder(String file) {
        BpmnModelInstance model = model(file);
        for (BoundaryEvent timer : model.getModelElementsByType(BoundaryEvent.class)) {
            Bounds event = shape(model, timer).getBounds();
            Bounds task = shape(model, timer.getAttachedTo()).getBounds();
            double cx = event.getX() + event.getWidth() / 2;
            double cy = event.getY() + event.getHeight() / 2;
            boolean onTopOrBottom = (near(cy, task.getY()) || near(cy, task.getY() + task.getHeight()))
                    && cx > task.getX() && cx < task.getX() + task.getWidth();
            boolean onASide = (near(cx, task.getX()) || near(cx, task.getX() + task.getWidth()))
                    && cy > task.getY() && cy < task.getY() + task.getHeight();
            assertThat(onTopOrBottom || onASide).as(timer.getId()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void labelsCoverNoShapeButTheirOwn(String file) {
        BpmnModelInstance model = model(file);
        List<BpmnShape> shapes = flowShapes(model);
        List<String> covered = new ArrayList<>();
        for (Labelled labelled : labels(model)) {
            for (BpmnShape shape : shapes) {
                if (!id(shape).equals(labelled.id()) && overlap(labelled.bounds(), shape.getBounds(), 1)) {
                    covered.add(labelled.id() + " on " + id(shape));
                }
            }
        }
        assertThat(covered).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void everyWayOutOfADecisionIsNamedAndLabelled(String file) {
        BpmnModelInstance model = model(file);
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() < 2) {
                continue;
            }
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                assertThat(edge(model, flow).getBpmnLabel()).as(flow.getId() + " label").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void linesAreStraightAndGoRoundTheShapes(String file) {
        BpmnModelInstance model = model(file);
        List<BpmnShape> shapes = flowShapes(model);
        List<String> problems = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            for (int i = 1; i < points.size(); i++) {
                Waypoint a = points.get(i - 1);
                Waypoint b = points.get(i);
                if (!near(a.getX(), b.getX()) && !near(a.getY(), b.getY())) {
                    problems.add(flow.getId() + " slants");
                }
                for (BpmnShape shape : shapes) {
                    String id = id(shape);
                    boolean own = id.equals(flow.getSource().getId()) || id.equals(flow.getTarget().getId())
                            || shape.getBpmnElement() instanceof SubProcess;
                    if (!own && crosses(a, b, shape.getBounds())) {
                        problems.add(flow.getId() + " through " + id);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nomination.bpmn", "decision.bpmn"})
    void taskNamesFitTheirBox(String file) {
        for (Task task : model(file).getModelElementsByType(Task.class)) {
            assertThat(task.getName()).as(task.getId()).hasSizeLessThanOrEqualTo(MAX_TASK_NAME);
        }
    }

    private record Labelled(String id, Bounds bounds) {
    }

    private static List<Labelled> labels(BpmnModelInstance model) {
        List<Labelled> labels = new ArrayList<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnLabel() != null && !(shape.getBpmnElement() instanceof Group)) {
                labels.add(new Labelled(id(shape), shape.getBpmnLabel().getBounds()));
            }
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            if (edge.getBpmnLabel() != null) {
                labels.add(new Labelled(edge.getBpmnElement().getId(), edge.getBpmnLabel().getBounds()));
            }
        }
        return labels;
    }

    private static boolean crosses(Waypoint a, Waypoint b, Bounds box) {
        double x1 = Math.min(a.getX(), b.getX());
        double x2 = Math.max(a.getX(), b.getX());
        double y1 = Math.min(a.getY(), b.getY());
        double y2 = Math.max(a.getY(), b.getY());
        return x2 > box.getX() + 1 && x1 < box.getX() + box.getWidth() - 1
                && y2 > box.getY() + 1 && y1 < box.getY() + box.getHeight() - 1;
    }

    private static boolean overlap(Bounds a, Bounds b, double slack) {
        return a.getX() + a.getWidth() - slack > b.getX() && b.getX() + b.getWidth() - slack > a.getX()
                && a.getY() + a.getHeight() - slack > b.getY() && b.getY() + b.getHeight() - slack > a.getY();
    }

    private static boolean attached(BpmnShape a, BpmnShape b) {
        return a.getBpmnElement() instanceof BoundaryEvent e && e.getAttachedTo().equals(b.getBpmnElement())
                || b.getBpmnElement() instanceof BoundaryEvent f && f.getAttachedTo().equals(a.getBpmnElement());
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 1;
    }

    /** Shapes of flow nodes; the event subprocess is a frame around its own nodes, groups are frames too. */
    private static List<BpmnShape> flowShapes(BpmnModelInstance model) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() instanceof FlowNode && !(s.getBpmnElement() instanceof SubProcess))
                .toList();
    }

    private static BpmnShape shape(BpmnModelInstance model, BaseElement element) {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        return shapes.stream().filter(s -> s.getBpmnElement() == element).findFirst().orElse(null);
    }

    private static BpmnEdge edge(BpmnModelInstance model, SequenceFlow flow) {
        return model.getModelElementsByType(BpmnEdge.class).stream().filter(e -> e.getBpmnElement() == flow)
                .findFirst().orElse(null);
    }

    private static String id(BpmnShape shape) {
        return shape.getBpmnElement().getId();
    }

    private static BpmnModelInstance model(String file) {
        return Bpmn.readModelFromFile(new File("bpmn", file));
    }
}
