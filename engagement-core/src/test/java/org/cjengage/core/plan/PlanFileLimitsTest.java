package org.cjengage.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 4: an upload cannot exhaust memory. Far cells are refused before any row is padded, and
 * an oversized upload is refused while it streams in.
 */
class PlanFileLimitsTest {

    @Test
    void aSmallXlsxWithOneCellAtColumnZzzzzzIsRefusedAtOnceWithoutPaddingTheRow() throws Exception {
        byte[] crafted = withCellsAt(StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX), "ZZZZZZ", 20);
        assertThat(crafted.length).isLessThan(20_000);

        PlanFiles.LimitException refused = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                Duration.ofSeconds(5), () -> catchThrowableOfType(PlanFiles.LimitException.class,
                        () -> PlanFiles.sheets("far.xlsx", crafted)));

        assertThat(refused).isNotNull();
        assertThat(refused.messageKey()).isEqualTo("plan.import.tooManyColumns");
        assertThat(refused.args()).containsExactly(5, PlanFiles.MAX_COLUMNS);
    }

    @Test
    void aColumnReferenceTooLongForAnIntDoesNotOverflow() {
        assertThat(PlanFiles.column("ZZZZZZZZZZZZ1")).isEqualTo(Integer.MAX_VALUE);
        assertThat(PlanFiles.column("ZZZZZZ1")).isEqualTo(321_272_405);
        assertThat(PlanFiles.column("AA3")).isEqualTo(26);
    }

    @Test
    void aCellFarDownTheSheetIsRefusedBeforeRowsArePadded() throws Exception {
        byte[] farRow = replaceSheet(StrategyLayoutFixture.bytes(StrategyLayoutFixture.XLSX),
                xml -> xml.replace("</sheetData>", "<row r=\"1000000\"><c r=\"A1000000\" t=\"inlineStr\"><is><t>x"
                        + "</t></is></c></row></sheetData>"));

        PlanFiles.LimitException refused = catchThrowableOfType(PlanFiles.LimitException.class,
                () -> PlanFiles.sheets("far.xlsx", farRow));

        assertThat(refused.messageKey()).isEqualTo("plan.import.tooManyRows");
    }

    @Test
    void aCsvRowWithAValueBeyondTheColumnLimitIsRefused() {
        String wide = "Activity,Level" + ",".repeat(PlanFiles.MAX_COLUMNS) + "x\nA,Inform\n";

        PlanFiles.LimitException refused = catchThrowableOfType(PlanFiles.LimitException.class,
                () -> PlanFiles.sheets("wide.csv", wide.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.messageKey()).isEqualTo("plan.import.tooManyColumns");
    }

    @Test
    void trailingEmptyCellsBeyondTheLimitAreHarmless() throws Exception {
        String wide = "Activity,Level" + ",".repeat(PlanFiles.MAX_COLUMNS + 10) + "\nA,Inform\n";

        assertThat(PlanFiles.read("wide.csv", wide.getBytes(StandardCharsets.UTF_8)).getFirst())
                .hasSize(PlanFiles.MAX_COLUMNS);
    }

    @Test
    void anOversizedUploadIsRefusedWhileStreamingAfterReadingJustPastTheLimit() {
        CountingEndlessStream upload = new CountingEndlessStream(800L * 1024 * 1024);

        assertThatThrownBy(() -> PlanFiles.readLimited(upload, PlanTransferService.MAX_FILE_BYTES))
                .isInstanceOf(PlanFiles.LimitException.class)
                .satisfies(e -> assertThat(((PlanFiles.LimitException) e).messageKey()).isEqualTo("plan.import.tooLarge"));
        assertThat(upload.read).isBetween((long) PlanTransferService.MAX_FILE_BYTES,
                PlanTransferService.MAX_FILE_BYTES + 64L * 1024);
    }

    @Test
    void anUploadWithinTheLimitIsReadWhole() throws IOException {
        byte[] file = StrategyLayoutFixture.bytes(StrategyLayoutFixture.CSV);

        assertThat(PlanFiles.readLimited(new ByteArrayInputStream(file), PlanTransferService.MAX_FILE_BYTES))
                .isEqualTo(file);
    }

    /** An upload of the given length that is generated as it is read, counting what was read. */
    static final class CountingEndlessStream extends InputStream {
        private final long length;
        long read;

        CountingEndlessStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

    /** The workbook with one text cell at the given column added to each of the first {@code rows} data rows. */
    static byte[] withCellsAt(byte[] xlsx, String column, int rows) throws IOException {
        return replaceSheet(xlsx, xml -> {
            String result = xml;
            for (int r = 5; r < 5 + rows; r++) {
                String cell = "<c r=\"" + column + r + "\" t=\"inlineStr\"><is><t>stray</t></is></c>";
                int rowStart = result.indexOf("<row r=\"" + r + "\"");
                if (rowStart < 0) {
                    result = result.replace("</sheetData>", "<row r=\"" + r + "\">" + cell + "</row></sheetData>");
                } else {
                    int rowEnd = result.indexOf("</row>", rowStart);
                    result = result.substring(0, rowEnd) + cell + result.substring(rowEnd);
                }
            }
            return result;
        });
    }

    static byte[] replaceSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
