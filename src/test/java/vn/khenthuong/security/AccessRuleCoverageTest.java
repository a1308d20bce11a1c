package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** Every controller method that may change something names who may call it, checked before its body is read. */
class AccessRuleCoverageTest {

    private static final Set<RequestMethod> SAFE = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    @Test
    void everyWriteNamesItsAccessRule() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> writes = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("vn.khenthuong")) {
            Class<?> controller = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            for (Method method : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null || isSafe(mapping.method())) {
                    continue;
                }
                String name = controller.getSimpleName() + "." + method.getName();
                writes.add(name);
                if (!method.isAnnotationPresent(CheckedBy.class)) {
                    unchecked.add(name);
                }
            }
        }
        assertThat(writes).as("the scan found the controllers").contains("DossierController.create", "DossierEditPages.upload");
        assertThat(unchecked).isEmpty();
    }

    /** A mapping without methods answers every method, POST included. */
    private static boolean isSafe(RequestMethod[] methods) {
        return methods.length > 0 && SAFE.containsAll(List.of(methods));
    }
}
