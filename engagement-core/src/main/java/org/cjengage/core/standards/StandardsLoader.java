package org.cjengage.core.standards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads every standards file matching a location pattern, validates each one and the set as a
 * whole, and builds the {@link StandardsCatalogue}. Any problem stops loading with a
 * {@link StandardsDataException} that names the file and the field.
 *
 * <p>The pattern may list several locations separated by commas, e.g.
 * {@code classpath*:standards/*.yaml,file:/etc/cj-engage/standards/*.yaml}.
 */
public class StandardsLoader {

    public static final String DEFAULT_LOCATION = "classpath*:standards/*.yaml";

    static final String TYPE_FRAMEWORK = "assessment-framework";
    static final String TYPE_SCALE = "scale";
    static final String TYPE_VOCABULARY = "vocabulary";

    private static final Pattern YAML_MARK = Pattern.compile("\\s*in reader, line (\\d+), column (\\d+):?\\s*");

    private static final Pattern DUPLICATE_KEY = Pattern.compile("^Duplicate (?:property|field) \"([^\"]*)\"");

    private final ResourcePatternResolver resolver;
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    public StandardsLoader() {
        this(new PathMatchingResourcePatternResolver());
    }

    public StandardsLoader(ResourcePatternResolver resolver) {
        this.resolver = resolver;
    }

    /** Loads from {@link #DEFAULT_LOCATION}. */
    public StandardsCatalogue load() {
        return load(DEFAULT_LOCATION);
    }

    public StandardsCatalogue load(String locationPattern) {
        Map<String, StandardsFileParser.Parsed> byId = new LinkedHashMap<>();
        for (Source source : resolve(locationPattern)) {
            StandardsFileParser.Parsed parsed = new StandardsFileParser(source.name()).parse(read(source));
            StandardsFileParser.Parsed earlier = byId.putIfAbsent(parsed.id(), parsed);
            if (earlier != null) {
                throw new StandardsDataException(source.name() + ": id '" + parsed.id()
                        + "' is already used by " + earlier.file());
            }
        }
        checkScaleReferences(byId);
        checkRequiredIds(byId, locationPattern);
        List<Framework> frameworks = new ArrayList<>();
        List<Scale> scales = new ArrayList<>();
        List<Vocabulary> vocabularies = new ArrayList<>();
        for (StandardsFileParser.Parsed parsed : byId.values()) {
            switch (parsed.value()) {
                case Framework framework -> frameworks.add(framework);
                case Scale scale -> scales.add(scale);
                case Vocabulary vocabulary -> vocabularies.add(vocabulary);
                default -> throw new IllegalStateException("unexpected " + parsed.value());
            }
        }
        return new StandardsCatalogue(frameworks, scales, vocabularies);
    }

    private static void checkScaleReferences(Map<String, StandardsFileParser.Parsed> byId) {
        for (StandardsFileParser.Parsed parsed : byId.values()) {
            if (parsed.scaleId() == null) {
                continue;
            }
            StandardsFileParser.Parsed target = byId.get(parsed.scaleId());
            if (target == null) {
                throw new StandardsDataException(parsed.file() + ": scale '" + parsed.scaleId()
                        + "' does not name a loaded scale (loaded scales: " + idsOfType(byId, TYPE_SCALE) + ")");
            }
            if (!TYPE_SCALE.equals(target.type())) {
                throw new StandardsDataException(parsed.file() + ": scale '" + parsed.scaleId()
                        + "' is not a scale: " + target.file() + " has type " + target.type());
            }
        }
    }

    private static void checkRequiredIds(Map<String, StandardsFileParser.Parsed> byId, String locationPattern) {
        for (Map.Entry<String, String> required : StandardIds.REQUIRED.entrySet()) {
            StandardsFileParser.Parsed parsed = byId.get(required.getKey());
            if (parsed == null) {
                throw new StandardsDataException("No standards file with id '" + required.getKey()
                        + "' (type " + required.getValue() + ") was found at " + locationPattern
                        + "; the application needs it");
            }
            if (!required.getValue().equals(parsed.type())) {
                throw new StandardsDataException(parsed.file() + ": type must be " + required.getValue()
                        + " for id '" + required.getKey() + "', found " + parsed.type());
            }            for (String mark : StandardIds.REQUIRED_MARKS.getOrDefault(required.getKey(), List.of())) {
                boolean marked = switch (parsed.value()) {
                    case Scale scale -> scale.marked(mark).isPresent();
                    case Vocabulary vocabulary -> vocabulary.marked(mark).isPresent();
                    default -> false;
                };
                if (!marked) {
                    throw new StandardsDataException(parsed.file() + ": no entry has marks '" + mark
                            + "'; the application finds that entry by this mark, so one entry must carry it");
                }
            }
        }
    }

    private static List<String> idsOfType(Map<String, StandardsFileParser.Parsed> byId, String type) {
        return byId.values().stream().filter(parsed -> parsed.type().equals(type))
                .map(StandardsFileParser.Parsed::id).sorted().toList();
    }

    // ---- reading files

    private record Source(String name, Resource resource) {
    }

    private List<Source> resolve(String locationPattern) {
        if (locationPattern == null || locationPattern.isBlank()) {
            throw new StandardsDataException("No standards location given");
        }
        List<Source> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String pattern : locationPattern.split(",")) {
            pattern = pattern.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            Resource[] resources;
            try {
                resources = resolver.getResources(pattern);
            } catch (IOException e) {
                throw new StandardsDataException("Cannot list standards files at " + pattern + ": " + e.getMessage(), e);
            }
            String root = rootOf(pattern);
            for (Resource resource : resources) {
                if (!resource.exists() && !isPattern(pattern)) {
                    throw new StandardsDataException(pattern + ": no such standards file");
                }
                if (resource.exists() && seen.add(identity(resource))) {
                    sources.add(new Source(displayName(resource, root), resource));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new StandardsDataException("No standards files found at " + locationPattern);
        }
        sources.sort(Comparator.comparing(Source::name));
        return sources;
    }

    private JsonNode read(Source source) {
        try (InputStream in = source.resource().getInputStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new StandardsDataException(source.name() + ": cannot be read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            String where = location == null || location.getLineNr() < 1 ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new StandardsDataException(source.name() + ": is not valid YAML" + where + ": "
                    + condense(e.getOriginalMessage()), e);
        }
    }

    /**
     * The YAML parser's message spread over several lines with source excerpts and carets; keep
     * the statements and their line numbers on one line.
     */
    private static String condense(String message) {
        if (message == null) {
            return "unknown problem";
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(message);
        if (duplicate.find()) {
            return "the field '" + duplicate.group(1) + "' is given more than once in the same mapping";
        }
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            Matcher mark = YAML_MARK.matcher(line);
            if (mark.matches()) {
                if (!parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.getLast()
                            + " (line " + mark.group(1) + ", column " + mark.group(2) + ")");
                }
            } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                parts.add(line.strip());
            }
        }
        return parts.isEmpty() ? message.strip() : String.join("; ", parts);
    }

    /** The part of a pattern before its first wildcard segment, without the prefix: "standards/". */
    private static String rootOf(String pattern) {
        String path = pattern;
        for (String prefix : List.of("classpath*:", "classpath:", "file:")) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
                break;
            }
        }
        if (path.startsWith("///")) {
            path = path.substring(2);
        }
        int wildcard = indexOfWildcard(path);
        String fixed = wildcard < 0 ? path : path.substring(0, wildcard);
        return fixed.substring(0, fixed.lastIndexOf('/') + 1);
    }

    private static boolean isPattern(String location) {
        return location.startsWith("classpath*:") || indexOfWildcard(location) >= 0;
    }

    private static int indexOfWildcard(String path) {
        int first = -1;
        for (char c : new char[] {'*', '?', '{'}) {
            int at = path.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** A short, readable name for messages: the path from the pattern's root folder onward. */
    private static String displayName(Resource resource, String root) {
        String location = location(resource);
        if (location != null) {
            int at = root.isEmpty() ? -1 : location.lastIndexOf(root);
            if (at >= 0) {
                return location.substring(at);
            }
            int slash = location.lastIndexOf('/');
            return root + location.substring(slash + 1);
        }
        return resource.getDescription();
    }

    private static String location(Resource resource) {
        try {
            String url = resource.getURL().toString();
            try {
                return new URI(url).getSchemeSpecificPart();
            } catch (URISyntaxException e) {
                return url;
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static String identity(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }
}
