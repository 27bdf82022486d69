package com.clientele.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lambda parameters named by a single letter, in code (comments and string literals do not count). {@code i} and
 * {@code j} are index names and allowed: they stand for positions in index loops ({@code IntStream.range}).
 */
final class LambdaParameters {

    private static final Pattern LITERALS_AND_COMMENTS = Pattern.compile(
            "\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])+'|/\\*[\\s\\S]*?\\*/|//[^\\n]*");
    private static final Pattern SINGLE_LETTER = Pattern.compile(
            "(?<![\\w.$])([a-z])\\s*->|\\(\\s*(?:[\\w.<>\\[\\]]+\\s+)?([a-z])\\s*[,)][^;{}()]*?->"
                    + "|,\\s*(?:[\\w.<>\\[\\]]+\\s+)?([a-z])\\s*\\)\\s*->");

    private LambdaParameters() {
    }

    /** "path:line: x ->" for every single-letter parameter that is not an index, below the given roots. */
    static List<String> singleLetterOnesUnder(Path... roots) {
        List<String> found = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> scan(file, found));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static void scan(Path file, List<String> found) {
        String code = blanked(file);
        Matcher lambda = SINGLE_LETTER.matcher(code);
        while (lambda.find()) {
            String letter = firstNonNull(lambda.group(1), lambda.group(2), lambda.group(3));
            if (letter.equals("i") || letter.equals("j")) {
                continue;
            }
            long line = code.substring(0, lambda.start()).chars().filter(character -> character == '\n').count() + 1;
            found.add(file + ":" + line + ": " + letter + " ->");
        }
    }

    private static String blanked(Path file) {
        try {
            Matcher literal = LITERALS_AND_COMMENTS.matcher(Files.readString(file));
            StringBuilder code = new StringBuilder();
            while (literal.find()) {
                literal.appendReplacement(code, Matcher.quoteReplacement(literal.group().replaceAll("[^\\n]", " ")));
            }
            literal.appendTail(code);
            return code.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstNonNull(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        throw new IllegalStateException("no group matched");
    }
}
