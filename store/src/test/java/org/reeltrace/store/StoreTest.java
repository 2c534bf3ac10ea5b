package org.reeltrace.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How opening a store fails. ({@link StoreContract} runs the rest on both databases.) */
class StoreTest {
  @Test
  void anUnsupportedUrlIsNamedWithTheOnesThatWork() {
    assertThatThrownBy(() -> Store.open("jdbc:mysql://db/x?password=hunter2"))
        .isInstanceOf(StoreException.class)
        .hasMessage("unsupported database URL 'jdbc:mysql://db/x?password=***':"
            + " use jdbc:sqlite:FILE or jdbc:postgresql://HOST[:PORT]/DATABASE");
  }

  @Test
  void anSqliteFileInAMissingFolderIsAOneLineError(@TempDir Path dir) {
    String url = "jdbc:sqlite:" + dir.resolve("missing/reeltrace.db");
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open database " + url + ": folder " + dir.resolve("missing") + " does not exist");
  }

  @Test
  void anUnreachableServerIsAOneLineErrorWithoutThePassword() {
    String url = "jdbc:postgresql://127.0.0.1:1/reeltrace?user=u&password=hunter2&connectTimeout=2";
    assertThatThrownBy(() -> Store.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(
            "cannot open database jdbc:postgresql://127.0.0.1:1/reeltrace?user=u&password=***&connectTimeout=2: ")
        .hasMessageNotContaining("hunter2")
        .hasMessageNotContaining("\n");
  }
}
