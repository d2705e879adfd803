package org.dmspilot.core.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonLauncherTest {

    @Test
    void classPathIsMadeAbsoluteAndJarManifestClassPathsAreExpanded(@TempDir Path dir) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("app").resolve("lib"));
        Path relative = Files.createFile(lib.resolve("a.jar"));
        Path absolute = Files.createFile(dir.resolve("b.jar"));
        Path jar = dir.resolve("app").resolve("dmspilot.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                "lib/a.jar " + absolute.toUri() + " lib/missing.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out,
                manifest)) {
            jarOut.flush();
        }
        Path classes = Files.createDirectories(dir.resolve("classes"));
        String relativeClasses = Path.of("").toAbsolutePath().relativize(classes).toString();

        String classPath = DaemonLauncher.classPath(relativeClasses + File.pathSeparator + jar);

        assertThat(List.of(classPath.split(File.pathSeparator)))
                .containsExactly(classes.toString(), jar.toString(), relative.toString(), absolute.toString());
    }
}
