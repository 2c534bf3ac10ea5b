package org.reeltrace.core;

/**
 * The music an archive's metadata names for a post (yt-dlp {@code track}/{@code artist}/{@code album},
 * Research API {@code music_id}, 4CAT {@code music}). Any part may be null.
 */
public record Music(String id, String title, String artist, String album) {
  public Music {
    id = Text.blankToNull(id);
    title = Text.blankToNull(title);
    artist = Text.blankToNull(artist);
    album = Text.blankToNull(album);
  }

  public static final Music NONE = new Music(null, null, null, null);

  public boolean isEmpty() {
    return id == null && title == null && artist == null && album == null;
  }
}
