package org.cjengage.core.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cjengage.core.common.ValidationException;
import org.cjengage.core.common.Violation;
import org.cjengage.core.standards.Scale;
import org.cjengage.core.standards.ScalePoint;
import org.cjengage.core.standards.StandardsCatalogue;
import org.cjengage.core.standards.Term;
import org.cjengage.core.standards.Vocabulary;

/**
 * Turns activities into rows of an action plan file and back. Codes are written as their labels; on
 * reading, levels, communities, tags, methods, purposes and stages may be given by number, code or label.
 * Lists are one item per line (or separated by ";"). A purpose is written as
 * {@code Label; who: ...; where: ...; what: ...; how: ...} with only the qualifiers it has.
 */
public final class PlanFileMapping {

    public static final int MAX_ROWS = 20_000;
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern STATUS_NUMBER = Pattern.compile("^([123])(\\D.*)?$");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)^(who|where|what|how)\\s*:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern QUALIFIER_SPLIT = Pattern.compile("(?i);\\s*(?=(who|where|what|how)\\s*:)");
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-M-d", "d/M/uuuu",
            "d.M.uuuu", "d-M-uuuu").map(p -> DateTimeFormatter.ofPattern(p)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private final StandardsCatalogue standards;
    private final ActivityRules rules;

    public PlanFileMapping(StandardsCatalogue standards) {
        this.standards = standards;
        this.rules = new ActivityRules(standards);
    }

    public List<String> header() {
        return java.util.Arrays.stream(PlanColumn.values()).map(PlanColumn::header).toList();
    }

    public List<List<Object>> rows(List<ActivityDraft> drafts) {
        return drafts.stream().map(this::row).toList();
    }

    private List<Object> row(ActivityDraft d) {
        VoiceCycle v = d.voice();
        List<Object> row = new ArrayList<>();
        row.add(d.description());
        row.add(Scale_label(standards.levels(), d.levelCode()));
        row.add(labels(standards.communityTypes(), d.communityCodes()));
        row.add(labels(standards.subFocusTags(), d.tagCodes()));
        row.add(d.status().number() + " " + statusLabel(d.status()));
        row.add(d.leadPerson());
        row.add(d.purposes().stream().sorted(Comparator.comparing(p -> order(standards.purposes(), p.purposeCode())))
                .map(this::purposeText).collect(Collectors.joining("\n")));
        row.add(labels(standards.methods(), d.methodCodes()));
        row.add(d.stageCode() == null ? null : standards.cycleStages().term(d.stageCode()).map(Term::label)
                .orElse(d.stageCode()));
        row.add(d.plannedStart());
        row.add(d.plannedEnd());
        row.add(d.actualStart());
        row.add(d.actualEnd());
        row.addAll(java.util.Arrays.asList(nz(v.analyseIssue()), nz(v.analyseAffected()), nz(v.analyseInvolved()),
                nz(v.analyseBarriers()), nz(v.planOutcomes()), nz(v.planIndicators()), nz(v.planResources()),
                nz(v.planTimescale()), nz(v.doWhatHappened()), nz(v.doWhoTookPart())));
        row.add(v.doParticipants());
        row.addAll(java.util.Arrays.asList(nz(v.reviewLessons()), nz(v.reviewYouSaid()), nz(v.reviewWeDid())));
        return row;
    }

    private static Object nz(String s) {
        return s;
    }

    private static String statusLabel(PlanStatus s) {
        return switch (s) {
            case NOT_STARTED -> "Not started";
            case IN_PROGRESS -> "In progress";
            case COMPLETE -> "Complete";
        };
    }

    private static String Scale_label(Scale scale, String code) {
        return code == null ? null : scale.byCode(code).map(ScalePoint::label).orElse(code);
    }

    private static int order(Vocabulary vocabulary, String code) {
        return vocabulary.terms().stream().map(Term::code).toList().indexOf(code);
    }

    private static String labels(Vocabulary vocabulary, Set<String> codes) {
        return vocabulary.terms().stream().filter(t -> codes.contains(t.code())).map(Term::label)
                .collect(Collectors.joining("\n"));
    }

    private String purposeText(ActivityPurpose p) {
        StringBuilder s = new StringBuilder(standards.purposes().term(p.purposeCode()).map(Term::label)
                .orElse(p.purposeCode()));
        qualifier(s, "who", p.who());
        qualifier(s, "where", p.place());
        qualifier(s, "what", p.about());
        qualifier(s, "how", p.how());
        return s.toString();
    }

    private static void qualifier(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append("; ").append(name).append(": ").append(value.strip().replaceAll("\\s*\\R\\s*", " "));
        }
    }

    /** Reads every row after the header; all problems are collected, none are skipped. */
    public ImportResult parse(List<List<String>> table) {
        List<ImportProblem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            return new ImportResult(List.of(), List.of(new ImportProblem(1, null, "plan.import.empty")));
        }
        List<String> header = table.getFirst();
        Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
        Map<PlanColumn, String> names = new EnumMap<>(PlanColumn.class);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c) == null ? "" : header.get(c).strip();
            int index = c;
            PlanColumn.forHeader(name).ifPresent(col -> {
                if (columns.putIfAbsent(col, index) == null) {
                    names.put(col, name);
                } else {
                    problems.add(new ImportProblem(1, name, "plan.import.duplicateColumn"));
                }
            });
        }
        for (PlanColumn col : PlanColumn.values()) {
            if (col.required() && !columns.containsKey(col)) {
                problems.add(new ImportProblem(1, col.header(), "plan.import.missingColumn"));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(List.of(), problems);
        }
        if (table.size() - 1 > MAX_ROWS) {
            return new ImportResult(List.of(), List.of(new ImportProblem(1, null, "plan.import.tooManyRows", MAX_ROWS)));
        }
        List<ActivityDraft> drafts = new ArrayList<>();
        for (int r = 1; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            new RowReader(r + 1, cells, columns, names, problems).read().ifPresent(drafts::add);
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(1, null, "plan.import.noRows"));
        }
        return new ImportResult(problems.isEmpty() ? drafts : List.of(), problems);
    }

    /** Reads one row; collects its problems. */
    private final class RowReader {
        private final int rowNumber;
        private final List<String> cells;
        private final Map<PlanColumn, Integer> columns;
        private final Map<PlanColumn, String> names;
        private final List<ImportProblem> problems;
        private final int problemsBefore;

        RowReader(int rowNumber, List<String> cells, Map<PlanColumn, Integer> columns, Map<PlanColumn, String> names,
                  List<ImportProblem> problems) {
            this.rowNumber = rowNumber;
            this.cells = cells;
            this.columns = columns;
            this.names = names;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        Optional<ActivityDraft> read() {
            String levelText = cell(PlanColumn.LEVEL);
            String level = null;
            if (levelText != null) {
                level = matchLevel(levelText).orElse(null);
                if (level == null) {
                    problem(PlanColumn.LEVEL, "plan.import.unknownValue", levelText);
                }
            }
            Set<String> communities = codes(PlanColumn.COMMUNITIES, standards.communityTypes());
            Set<String> tags = codes(PlanColumn.TAGS, standards.subFocusTags());
            Set<String> methods = codes(PlanColumn.METHODS, standards.methods());
            PlanStatus status = status();
            String stage = null;
            String stageText = cell(PlanColumn.STAGE);
            if (stageText != null) {
                stage = standards.cycleStages().match(stageText).map(Term::code).orElse(null);
                if (stage == null) {
                    problem(PlanColumn.STAGE, "plan.import.unknownValue", stageText);
                }
            }
            Set<ActivityPurpose> purposes = purposes();
            Map<String, String> voiceTexts = new HashMap<>();
            voiceTexts.put("analyseIssue", cell(PlanColumn.ANALYSE_ISSUE));
            voiceTexts.put("analyseAffected", cell(PlanColumn.ANALYSE_AFFECTED));
            voiceTexts.put("analyseInvolved", cell(PlanColumn.ANALYSE_INVOLVED));
            voiceTexts.put("analyseBarriers", cell(PlanColumn.ANALYSE_BARRIERS));
            voiceTexts.put("planOutcomes", cell(PlanColumn.PLAN_OUTCOMES));
            voiceTexts.put("planIndicators", cell(PlanColumn.PLAN_INDICATORS));
            voiceTexts.put("planResources", cell(PlanColumn.PLAN_RESOURCES));
            voiceTexts.put("planTimescale", cell(PlanColumn.PLAN_TIMESCALE));
            voiceTexts.put("doWhatHappened", cell(PlanColumn.DO_WHAT_HAPPENED));
            voiceTexts.put("doWhoTookPart", cell(PlanColumn.DO_WHO_TOOK_PART));
            voiceTexts.put("reviewLessons", cell(PlanColumn.REVIEW_LESSONS));
            voiceTexts.put("reviewYouSaid", cell(PlanColumn.REVIEW_YOU_SAID));
            voiceTexts.put("reviewWeDid", cell(PlanColumn.REVIEW_WE_DID));
            Integer participants = participants();
            ActivityDraft draft = new ActivityDraft(cell(PlanColumn.ACTIVITY), level, communities, tags, status,
                    cell(PlanColumn.LEAD), purposes, methods, stage, date(PlanColumn.PLANNED_START),
                    date(PlanColumn.PLANNED_END), date(PlanColumn.ACTUAL_START), date(PlanColumn.ACTUAL_END),
                    VoiceCycle.of(voiceTexts, participants));
            try {
                rules.check(draft);
            } catch (ValidationException e) {
                for (Violation v : e.violations()) {
                    if (!"level".equals(v.field()) || level != null || levelText == null) {
                        problems.add(new ImportProblem(rowNumber, headerFor(v.field()), v.messageKey(), v.args()));
                    }
                }
            }
            return problems.size() == problemsBefore ? Optional.of(draft) : Optional.empty();
        }

        private String cell(PlanColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String text = org.cjengage.core.security.SpreadsheetText.restore(cells.get(index).strip());
            return text.isEmpty() ? null : text;
        }

        private void problem(PlanColumn column, String key, Object... args) {
            problems.add(new ImportProblem(rowNumber, names.getOrDefault(column, column.header()), key, args));
        }

        private String headerFor(String field) {
            PlanColumn column = switch (field) {
                case "description" -> PlanColumn.ACTIVITY;
                case "level" -> PlanColumn.LEVEL;
                case "communities" -> PlanColumn.COMMUNITIES;
                case "tags" -> PlanColumn.TAGS;
                case "leadPerson" -> PlanColumn.LEAD;
                case "purposes" -> PlanColumn.PURPOSES;
                case "methods" -> PlanColumn.METHODS;
                case "stage" -> PlanColumn.STAGE;
                case "plannedStart" -> PlanColumn.PLANNED_START;
                case "plannedEnd" -> PlanColumn.PLANNED_END;
                case "actualStart" -> PlanColumn.ACTUAL_START;
                case "actualEnd" -> PlanColumn.ACTUAL_END;
                case "doParticipants" -> PlanColumn.DO_PARTICIPANTS;
                default -> voiceColumn(field);
            };
            return column == null ? field : names.getOrDefault(column, column.header());
        }

        private PlanColumn voiceColumn(String field) {
            String constant = field.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
            try {
                return PlanColumn.valueOf(constant);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private Set<String> codes(PlanColumn column, Vocabulary vocabulary) {
            String text = cell(column);
            Set<String> codes = new LinkedHashSet<>();
            if (text == null) {
                return codes;
            }
            Optional<Term> whole = vocabulary.match(text);
            if (whole.isPresent()) {
                codes.add(whole.get().code());
                return codes;
            }
            for (String piece : text.split("\\R|;")) {
                if (piece.isBlank()) {
                    continue;
                }
                Optional<Term> term = vocabulary.match(piece);
                if (term.isPresent()) {
                    codes.add(term.get().code());
                    continue;
                }
                for (String part : piece.split(",")) {
                    if (!part.isBlank()) {
                        vocabulary.match(part).ifPresentOrElse(t -> codes.add(t.code()),
                                () -> problem(column, "plan.import.unknownValue", part.strip()));
                    }
                }
            }
            return codes;
        }

        private PlanStatus status() {
            String text = cell(PlanColumn.STATUS);
            if (text == null) {
                return PlanStatus.NOT_STARTED;
            }
            String key = key(text);
            Matcher number = STATUS_NUMBER.matcher(key);
            if (number.matches()) {
                return PlanStatus.ofNumber(Integer.parseInt(number.group(1))).orElseThrow();
            }
            for (PlanStatus s : PlanStatus.values()) {
                String name = s.name().toLowerCase(Locale.ROOT).replace("_", "");
                if (key.equals(name) || key.equals(name.replace("complete", "completed"))) {
                    return s;
                }
            }
            problem(PlanColumn.STATUS, "plan.import.unknownValue", text);
            return PlanStatus.NOT_STARTED;
        }

        private Set<ActivityPurpose> purposes() {
            String text = cell(PlanColumn.PURPOSES);
            Set<ActivityPurpose> result = new LinkedHashSet<>();
            if (text == null) {
                return result;
            }
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = QUALIFIER_SPLIT.split(line.strip());
                Optional<Term> term = standards.purposes().match(parts[0]);
                if (term.isEmpty()) {
                    problem(PlanColumn.PURPOSES, "plan.import.unknownValue", parts[0].strip());
                    continue;
                }
                Map<String, String> q = new HashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    Matcher m = QUALIFIER.matcher(parts[i].strip());
                    if (m.matches()) {
                        q.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
                    }
                }
                result.add(new ActivityPurpose(term.get().code(), blank(q.get("who")), blank(q.get("where")),
                        blank(q.get("what")), blank(q.get("how"))));
            }
            return result;
        }

        private LocalDate date(PlanColumn column) {
            String text = cell(column);
            if (text == null) {
                return null;
            }
            for (DateTimeFormatter f : DATES) {
                try {
                    return LocalDate.parse(text, f);
                } catch (DateTimeParseException e) {
                    // try the next pattern
                }
            }
            problem(column, "plan.import.badDate", text);
            return null;
        }

        private Integer participants() {
            String text = cell(PlanColumn.DO_PARTICIPANTS);
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.replace(",", "").replaceFirst("\\.0+$", ""));
            } catch (NumberFormatException e) {
                problem(PlanColumn.DO_PARTICIPANTS, "plan.import.badNumber", text);
                return null;
            }
        }
    }

    private static String key(String text) {
        return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A level by value ("2"), code or label, ignoring case and punctuation. */
    Optional<String> matchLevel(String text) {
        Scale levels = standards.levels();
        String key = key(text);
        for (ScalePoint p : levels.points()) {
            String code = p.code().toLowerCase(Locale.ROOT).replace("_", "");
            String label = key(p.label());
            if (key.equals(String.valueOf(p.value())) || key.equals(code) || key.equals(label)
                    || key.equals(p.value() + label)) {
                return Optional.of(p.code());
            }
        }
        return Optional.empty();
    }
}
