package brussels.socialhealth.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.directory.exchange.RecordStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  final StringWriter out = new StringWriter();
  long bytes;
  long nanos;

  ProgressBar bar(boolean terminal, Language language, long totalBytes) {
    return new ProgressBar(new PrintWriter(out, true), terminal, language, totalBytes, () -> bytes, () -> nanos);
  }

  @Test
  void rendersAnEmptyBarAtTheStart() {
    assertThat(bar(true, Language.EN, 1000).render(0, 1000, 0))
        .isEqualTo("[--------------------]   0%  0 records");
  }

  @Test
  void rendersTheShareOfBytesConsumedWithTheRecordsRead() {
    assertThat(bar(true, Language.EN, 1000).render(450, 1000, 12_345))
        .isEqualTo("[#########-----------]  45%  12,345 records");
  }

  @Test
  void rendersAFullBarAtTheEndAndNeverMoreThanAHundredPercent() {
    ProgressBar bar = bar(true, Language.EN, 1000);

    assertThat(bar.render(1000, 1000, 8)).isEqualTo("[####################] 100%  8 records");
    assertThat(bar.render(1200, 1000, 8)).isEqualTo("[####################] 100%  8 records");
  }

  @Test
  void onlyCountsTheRecordsWhenTheSizeIsUnknown() {
    assertThat(bar(true, Language.EN, 0).render(4096, 0, 42)).isEqualTo("42 records");
  }

  @Test
  void namesTheRecordsInTheUsersLanguage() {
    assertThat(bar(true, Language.FR, 0).render(0, 0, 3)).isEqualTo("3 enregistrements");
    assertThat(bar(true, Language.NL, 0).render(0, 0, 3)).isEqualTo("3 records");
    assertThat(bar(true, Language.NL, 0).render(0, 0, 12_345)).isEqualTo("12.345 records");
  }

  @Test
  void printsNothingWhenNotATerminal() {
    ProgressBar bar = bar(false, Language.EN, 1000);

    for (long read = 1; read <= 5000; read++) {
      bytes = read / 5;
      nanos += TimeUnit.MILLISECONDS.toNanos(50);
      bar.recordDone(read, RecordStatus.ACCEPTED);
    }
    bar.finish();

    assertThat(out.toString()).isEmpty();
  }

  @Test
  void redrawsInPlaceAtMostEveryHundredMillisecondsAndEndsTheLine() {
    ProgressBar bar = bar(true, Language.EN, 1000);

    bytes = 100;
    bar.recordDone(1, RecordStatus.ACCEPTED);
    bytes = 200;
    nanos += TimeUnit.MILLISECONDS.toNanos(99);
    bar.recordDone(2, RecordStatus.REJECTED);
    bytes = 450;
    nanos += TimeUnit.MILLISECONDS.toNanos(1);
    bar.recordDone(3, RecordStatus.ACCEPTED_WITH_WARNINGS);
    bytes = 1000;
    bar.finish();

    assertThat(out.toString().replace(System.lineSeparator(), "\n")).isEqualTo(
        "\r[##------------------]  10%  1 records"
            + "\r[#########-----------]  45%  3 records"
            + "\r[####################] 100%  3 records\n");
  }

  @Test
  void printsNothingAtTheEndWhenNoRecordWasRead() {
    bar(true, Language.EN, 1000).finish();

    assertThat(out.toString()).isEmpty();
  }

  @Test
  void clearsTheRestOfALongerPreviousLine() {
    ProgressBar bar = bar(true, Language.EN, 0);

    bar.recordDone(1_000_000, RecordStatus.ACCEPTED);
    nanos += TimeUnit.SECONDS.toNanos(1);
    bar.recordDone(7, RecordStatus.ACCEPTED);

    assertThat(out.toString()).isEqualTo("\r1,000,000 records\r7 records        ");
  }
}
