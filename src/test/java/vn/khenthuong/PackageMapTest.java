package vn.khenthuong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package map in README.md is the code's: the same packages, and in the order they depend on each other —
 * each package uses only the packages listed above it.
 */
class PackageMapTest {

    private static final Path SOURCES = Path.of("src/main/java/vn/khenthuong");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\| .+\\|$");

    @Test
    void theMapListsEveryPackageOnce() throws IOException {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            List<String> packages = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).toList();
            assertThat(mappedPackages()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(packages);
        }
    }

    @Test
    void eachPackageUsesOnlyThePackagesAboveIt() throws IOException {
        JavaClasses application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.khenthuong");
        List<String> map = mappedPackages();
        for (int i = 0; i < map.size(); i++) {
            String[] below = map.subList(i + 1, map.size()).stream().map(p -> "vn.khenthuong." + p + "..")
                    .toArray(String[]::new);
            if (below.length > 0) {
                noClasses().that().resideInAPackage("vn.khenthuong." + map.get(i) + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(below)
                        .because("README.md lists " + map.get(i) + " above them")
                        .check(application);
            }
        }
    }

    private static List<String> mappedPackages() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String code = readme.substring(readme.indexOf("## Mã nguồn"));
        return code.lines().map(ROW::matcher).filter(Matcher::matches).map(m -> m.group(1)).toList();
    }
}
