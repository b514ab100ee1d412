package org.perfeval.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dependencies point one way, web → workflow → domain (DESIGN.md, Architecture): the domain
 * packages import neither Flowable nor JAX-RS nor the layers above them, and the workflow does not
 * import the web layer.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/perfeval");

    @ParameterizedTest
    @ValueSource(strings = {"evaluation", "indicator", "scoring", "security", "common"})
    void domainPackagesStayFreeOfEngineAndHttp(String pkg) throws IOException {
        assertEquals(List.of(), offending(pkg, List.of("import org.flowable", "import jakarta.ws.rs",
                "import org.perfeval.workflow", "import org.perfeval.web")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"workflow", "platform"})
    void workflowDoesNotKnowTheWebLayer(String pkg) throws IOException {
        assertEquals(List.of(), offending(pkg, List.of("import jakarta.ws.rs", "import org.perfeval.web")));
    }

    private static List<String> offending(String pkg, List<String> forbidden) throws IOException {
        Path dir = SOURCES.resolve(pkg);
        assertTrue(Files.isDirectory(dir), dir + " exists");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (forbidden.stream().anyMatch(line::startsWith)) {
                        found.add(SOURCES.relativize(f) + ": " + line);
                    }
                }
            }
        }
        return found;
    }
}
