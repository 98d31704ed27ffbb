package io.github.acsnumbers.spectools;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Command line of the build-time spec tools, run by Maven (exec-maven-plugin) in the {@code generated} module.
 *
 * <pre>
 * normalize IN OUT [IN OUT ...]      normalize each document (see {@link SpecNormalizer})
 * diff OLD NEW PROJECT_ROOT          print what NEW changes against OLD and the code it touches ({@link SpecDiff})
 * </pre>
 */
public final class SpecTools {
    private SpecTools() {
    }

    /**
     * @param args the command and its arguments
     * @throws Exception if a document cannot be read or written (the build then fails with the message)
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: normalize IN OUT [IN OUT ...] | diff OLD NEW PROJECT_ROOT");
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "normalize":
                if (rest.length == 0 || rest.length % 2 != 0) {
                    throw new IllegalArgumentException("normalize takes pairs of files: IN OUT [IN OUT ...], got "
                        + Arrays.toString(rest));
                }
                SpecNormalizer normalizer = new SpecNormalizer(Map.of());
                for (int i = 0; i < rest.length; i += 2) {
                    normalizer.normalizeFile(Path.of(rest[i]), Path.of(rest[i + 1]));
                    System.out.println("[spec-tools] normalized " + rest[i] + " -> " + rest[i + 1]);
                }
                break;
            case "diff":
                if (rest.length != 3 || rest[1].isBlank()) {
                    throw new IllegalArgumentException("diff takes OLD NEW PROJECT_ROOT; give the new document with "
                        + "-Dspec.new=<file>, got " + Arrays.toString(rest));
                }
                System.out.println(SpecDiff.report(Path.of(rest[0]), Path.of(rest[1]), Path.of(rest[2])));
                break;
            default:
                throw new IllegalArgumentException("unknown command '" + args[0] + "' (normalize, diff)");
        }
    }
}
