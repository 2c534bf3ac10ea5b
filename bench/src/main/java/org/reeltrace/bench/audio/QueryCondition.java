package org.reeltrace.bench.audio;

import java.util.Optional;

/**
 * One way a catalogued song can reach a short video: sped up or slowed, talked over, re-encoded.
 *
 * @param name    the label in the report
 * @param speed   playback speed of the clip (1 = unchanged)
 * @param voice   the espeak-ng voice talking over the music, if any
 * @param snrDb   music-to-speech power ratio in dB when there is speech
 * @param codec   "mp3" or "aac" for a 64 kbit/s re-encoding, if any
 */
record QueryCondition(String name, double speed, Optional<String> voice, double snrDb,
    Optional<String> codec) {

  static QueryCondition clean() {
    return new QueryCondition("clean", 1, Optional.empty(), 0, Optional.empty());
  }

  static QueryCondition speech(String voice, double snrDb) {
    return new QueryCondition("speech " + voice + " " + fmt(snrDb) + " dB", 1, Optional.of(voice),
        snrDb, Optional.empty());
  }

  static QueryCondition codec(String codec) {
    return new QueryCondition(codec + " 64k", 1, Optional.empty(), 0, Optional.of(codec));
  }

  static QueryCondition speed(double speed) {
    return new QueryCondition("speed " + speed, speed, Optional.empty(), 0, Optional.empty());
  }

  static QueryCondition speedAndSpeech(double speed, String voice, double snrDb) {
    return new QueryCondition("speed " + speed + " + speech " + voice + " " + fmt(snrDb) + " dB",
        speed, Optional.of(voice), snrDb, Optional.empty());
  }

  private static String fmt(double db) {
    return db == Math.rint(db) ? Integer.toString((int) db) : Double.toString(db);
  }
}
