package com.orderdispatch.hub.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Edits on disk are applied whole or refused; the watcher takes one only once the files have held still. */
class EditableFilesTests {

	@TempDir
	Path directory;

	@Test
	void theWatcherWaitsForAFileWrittenInPlaceToHoldStillBeforeJudgingIt() throws IOException {
		var files = numberIn("41");
		// An editor writing in place: the first poll reads it cut short, the next one whole.
		write("");
		assertThat(files.applySettledEdits()).isEmpty();
		write("42");
		assertThat(files.applySettledEdits()).isEmpty();
		assertThat(files.refusal()).as("nothing half written is judged").isNull();
		assertThat(files.current()).isEqualTo(41);

		assertThat(files.applySettledEdits()).contains(42);
	}

	@Test
	void aBrokenEditThatHoldsStillIsRefusedAndTheLastGoodValueKeepsServing() throws IOException {
		var files = numberIn("41");
		write("forty-two");
		assertThat(files.applySettledEdits()).isEmpty();
		assertThat(files.refusal()).isNull();
		assertThat(files.applySettledEdits()).isEmpty();
		assertThat(files.refusal()).hasMessageContaining("forty-two");
		assertThat(files.current()).isEqualTo(41);

		write("41");
		files.applySettledEdits();
		assertThat(files.refusal()).as("undone: nothing is refused any more").isNull();
	}

	@Test
	void anEditWrittenWholeIsAppliedAtOnceWhenAskedTo() throws IOException {
		var files = numberIn("41");
		write("42");
		assertThat(files.applyEdits()).contains(42);
	}

	private EditableFiles<Integer> numberIn(String text) throws IOException {
		write(text);
		return new EditableFiles<>(directory, List.of("number.txt"), folder -> {
			try {
				return Integer.valueOf(Files.readString(folder.resolve("number.txt")).trim());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private void write(String text) throws IOException {
		Files.writeString(directory.resolve("number.txt"), text);
	}

}
