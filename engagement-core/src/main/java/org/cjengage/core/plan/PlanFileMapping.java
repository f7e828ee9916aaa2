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
    private static final List<DateTimeFormatter> DATES = java.util.stream.Stream.of("uuuu-M-d", "d/M/uuuu",
            "d.M.uuuu", "d-M-uuuu").map(p -> DateTimeFormatter.ofPattern(p)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT)).toList();

    private final StandardsCatalogue standards;
    private final ActivityRules rules;
    private final PurposeText purposeText;

    public PlanFileMapping(StandardsCatalogue standards) {
        this.standards = standards;
        this.rules = new ActivityRules(standards);
        this.purposeText = new PurposeText(standards.purposes());
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
        row.add(d.status().number() + " " + d.status().label());
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

    /** How many rows at the top of a sheet are searched for the heading row. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 5;
    private static final int SAMPLES = 3;

    /** Reads every row after the detected heading row; all problems are collected, none are skipped. */
    public ImportResult parse(List<List<String>> table) {
        if (table.isEmpty()) {
            return new ImportResult(List.of(), List.of(ImportProblem.of(1, null, "plan.import.empty")));
        }
        return parse(table, layout(table, 0, Map.of()));
    }

    /**
     * The layout of a sheet as first proposed: the heading row (the row within the first rows whose cells
     * name the most plan fields; title rows above it are skipped), and for each column the field it was
     * mapped to last time by this partnership ({@code remembered}, by {@link #headingKey}) or else the field
     * its heading means. A field is proposed for one column only; later columns meaning the same field are
     * left for the person to decide.
     */
    public ImportLayout layout(List<List<String>> rows, int sheet, Map<String, ColumnTarget> remembered) {
        int headerRow = headerRow(rows);
        List<String> header = headerRow < rows.size() ? rows.get(headerRow) : List.of();
        int width = header.size();
        for (int r = headerRow + 1; r < rows.size(); r++) {
            width = Math.max(width, rows.get(r).size());
        }
        List<ImportLayout.Column> columns = new ArrayList<>(width);
        Set<PlanColumn> taken = java.util.EnumSet.noneOf(PlanColumn.class);
        for (int c = 0; c < width; c++) {
            String heading = c < header.size() && header.get(c) != null ? header.get(c).strip() : "";
            List<String> samples = new ArrayList<>(SAMPLES);
            boolean empty = heading.isEmpty();
            for (int r = headerRow + 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (c < row.size() && row.get(c) != null && !row.get(c).isBlank()) {
                    empty = false;
                    if (samples.size() < SAMPLES) {
                        samples.add(org.cjengage.core.security.SpreadsheetText.restore(row.get(c).strip()));
                    } else {
                        break;
                    }
                }
            }
            ColumnTarget target = ColumnTarget.UNDECIDED;
            if (!heading.isEmpty()) {
                ColumnTarget known = remembered.get(headingKey(heading));
                if (known != null && (known.ignored() || !taken.contains(known.field()))) {
                    target = known;
                } else {
                    Optional<PlanColumn> field = PlanColumn.detect(heading);
                    if (field.isPresent() && !taken.contains(field.get())) {
                        target = ColumnTarget.of(field.get());
                    }
                }
            }
            if (target.field() != null) {
                taken.add(target.field());
            }
            columns.add(new ImportLayout.Column(c, heading.isEmpty() ? ImportLayout.letters(c) : heading, empty,
                    samples, target));
        }
        return new ImportLayout(sheet, headerRow, columns);
    }

    /** The zero-based heading row: the first of the top rows that names the most plan fields. */
    static int headerRow(List<List<String>> rows) {
        int best = -1;
        int bestScore = 0;
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS); r++) {
            Set<PlanColumn> fields = java.util.EnumSet.noneOf(PlanColumn.class);
            for (String cell : rows.get(r)) {
                if (cell != null && !cell.isBlank() && cell.length() < 500) {
                    PlanColumn.detect(cell).ifPresent(fields::add);
                }
            }
            if (fields.size() > bestScore) {
                best = r;
                bestScore = fields.size();
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).stream().anyMatch(c -> c != null && !c.isBlank())) {
                return r;
            }
        }
        return 0;
    }

    /** A heading's key for remembering its mapping: lower case, letters and digits only, at most 255. */
    public static String headingKey(String heading) {
        String key = key(heading == null ? "" : heading);
        return key.length() > 255 ? key.substring(0, 255) : key;
    }

    /**
     * Reads every row below the layout's heading row. Refused (with a problem each) while a non-empty
     * column is neither mapped nor ignored, while a field is mapped from two columns, or while Activity or
     * Level has no column; every cell's problem is collected, none are skipped.
     */
    public ImportResult parse(List<List<String>> rows, ImportLayout layout) {
        List<ImportProblem> problems = new ArrayList<>();
        int headingRowNumber = layout.headerRow() + 1;
        Map<PlanColumn, Integer> columns = layout.fieldColumns();
        Map<PlanColumn, String> names = new EnumMap<>(PlanColumn.class);
        Map<PlanColumn, Integer> mappedTimes = new EnumMap<>(PlanColumn.class);
        for (ImportLayout.Column column : layout.columns()) {
            PlanColumn field = column.target().field();
            if (field != null) {
                names.putIfAbsent(field, column.heading());
                if (mappedTimes.merge(field, 1, Integer::sum) == 2) {
                    problems.add(ImportProblem.of(headingRowNumber, column.heading(), "plan.import.duplicateColumn",
                            field.header()));
                }
            } else if (column.blocking()) {
                problems.add(new ImportProblem(headingRowNumber, column.heading(),
                        column.samples().isEmpty() ? null : column.samples().getFirst(), null,
                        "plan.import.unmappedColumn"));
            }
        }
        String found = layout.columns().stream().filter(c -> !c.empty()).map(ImportLayout.Column::heading)
                .collect(Collectors.joining(", "));
        boolean requiredMissing = false;
        for (PlanColumn col : PlanColumn.values()) {
            if (col.required() && !columns.containsKey(col)) {
                requiredMissing = true;
                problems.add(ImportProblem.of(headingRowNumber, col.header(), "plan.import.missingColumn", found));
            }
        }
        if (requiredMissing) {
            return new ImportResult(List.of(), problems);
        }
        if (rows.size() - headingRowNumber > MAX_ROWS) {
            return new ImportResult(List.of(), List.of(ImportProblem.of(1, null, "plan.import.tooManyRows", MAX_ROWS)));
        }
        List<ActivityDraft> drafts = new ArrayList<>();
        List<ImportResult.PreviewRow> preview = new ArrayList<>(PREVIEW_ROWS);
        for (int r = headingRowNumber; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Optional<ActivityDraft> draft = new RowReader(r + 1, cells, columns, names, problems).read();
            draft.ifPresent(drafts::add);
            if (preview.size() < PREVIEW_ROWS) {
                preview.add(new ImportResult.PreviewRow(r + 1, draft.orElse(null), draft.map(this::labels).orElse(null)));
            }
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(headingRowNumber, null, "plan.import.noRows"));
        }
        return new ImportResult(problems.isEmpty() ? drafts : List.of(), problems, preview);
    }

    /** A draft as its row would be written to a plan file: labels, not codes, by field. */
    public Map<PlanColumn, String> labels(ActivityDraft draft) {
        List<Object> row = row(draft);
        Map<PlanColumn, String> labels = new EnumMap<>(PlanColumn.class);
        PlanColumn[] fields = PlanColumn.values();
        for (int i = 0; i < fields.length && i < row.size(); i++) {
            Object value = row.get(i);
            labels.put(fields[i], value == null ? "" : value.toString());
        }
        return labels;
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
                level = standards.levels().match(levelText).map(ScalePoint::code).orElse(null);
                if (level == null) {
                    unknown(PlanColumn.LEVEL, levelText, standards.levels().acceptedValues());
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
                    unknown(PlanColumn.STAGE, stageText, standards.cycleStages().acceptedValues());
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
                        PlanColumn column = columnFor(v.field());
                        String value = column == null ? null : shortened(cell(column));
                        problems.add(new ImportProblem(rowNumber, headerFor(column, v.field()), value,
                                "level".equals(v.field()) ? standards.levels().acceptedValues() : null,
                                v.messageKey(), v.args()));
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

        private void problem(PlanColumn column, String value, String accepted, String key, Object... args) {
            problems.add(new ImportProblem(rowNumber, names.getOrDefault(column, column.header()), shortened(value),
                    accepted, key, args));
        }

        private void unknown(PlanColumn column, String value, String accepted) {
            problem(column, value, accepted, "plan.import.unknownValue", shortened(value));
        }

        private PlanColumn columnFor(String field) {
            return switch (field) {
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
        }

        private String headerFor(PlanColumn column, String field) {
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

        /**
         * The codes of a list cell: one item per line or ";"; an item that is not a term as a whole may be
         * several numbers or names separated by ",", "/", "&" or "and" ("1, 3", "1 & 3").
         */
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
            for (String piece : LINES_OR_SEMICOLONS.split(text)) {
                String item = LIST_BULLET.matcher(piece).replaceFirst("").strip();
                if (item.isEmpty()) {
                    continue;
                }
                Optional<Term> term = vocabulary.match(item);
                if (term.isPresent()) {
                    codes.add(term.get().code());
                    continue;
                }
                for (String part : LIST_SEPARATOR.split(item)) {
                    if (!part.isBlank()) {
                        vocabulary.match(part).ifPresentOrElse(t -> codes.add(t.code()),
                                () -> unknown(column, part.strip(), vocabulary.acceptedValues()));
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
            Optional<PlanStatus> status = PlanStatus.match(text);
            if (status.isEmpty()) {
                unknown(PlanColumn.STATUS, text, PlanStatus.acceptedValues());
            }
            return status.orElse(PlanStatus.NOT_STARTED);
        }

        private Set<ActivityPurpose> purposes() {
            String text = cell(PlanColumn.PURPOSES);
            if (text == null) {
                return Set.of();
            }
            PurposeText.Parsed parsed = purposeText.parse(text);
            for (String piece : parsed.unknown()) {
                unknown(PlanColumn.PURPOSES, piece, standards.purposes().acceptedValues());
            }
            return parsed.purposes();
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
            problem(column, text, "2026-03-31, 31/03/2026", "plan.import.badDate", shortened(text));
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
                problem(PlanColumn.DO_PARTICIPANTS, text, "0, 1, 2, ...", "plan.import.badNumber", shortened(text));
                return null;
            }
        }
    }

    private static final Pattern LINES_OR_SEMICOLONS = Pattern.compile("\\R|;");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/|&|\\band\\b|\\+)\\s*");
    private static final Pattern LIST_BULLET = Pattern.compile("^[\\s\u2022\u00b7*]+|^-\\s+");

    /** A value as shown in a problem: at most 120 characters. */
    private static String shortened(String value) {
        if (value == null) {
            return null;
        }
        String flat = value.strip().replaceAll("\\s*\\R\\s*", " / ");
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }

    private static String key(String text) {
        return NOT_ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

}
