package org.reeltrace.analysis.signals;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The languages the lexicon and the self-disclosure patterns cover, each with the Lucene analyzer its
 * token-mode terms are matched with.
 */
enum Language {
  KO("ko"),
  ZH("zh"),
  EN("en"),
  JA("ja");

  /*
   * Analyzers: nori's KoreanTokenizer (default dictionary, compounds discarded) splits particles and
   * endings off stems, so 북한의 and 북한에서 both yield the token 북한; smartcn's HMM tokenizer segments
   * unspaced Chinese (朝鲜旅游 -> 朝鲜 旅游) but keeps 朝鲜族 whole and splits 北韩 into 北 韩, so such
   * terms are phrase entries. English uses the UAX#29 StandardTokenizer lower-cased. Japanese has no
   * analyzer here (its terms are phrases). English drops the possessive 's (North Korea's). No stop words and no stemming: terms must match as written.
   */

  private final String code;

  Language(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  /** Whether token-mode terms can be matched in this language. */
  boolean hasAnalyzer() {
    return this != JA;
  }

  /** A new analyzer for this language's token-mode terms, or null when the language has none. */
  Analyzer newAnalyzer() {
    return switch (this) {
      case KO -> new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer tokenizer = new KoreanTokenizer();
          return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
      };
      case ZH -> new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer tokenizer = new HMMChineseTokenizer();
          return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
      };
      case EN -> new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          Tokenizer tokenizer = new StandardTokenizer();
          return new TokenStreamComponents(tokenizer, new EnglishPossessiveFilter(new LowerCaseFilter(tokenizer)));
        }
      };
      case JA -> null;
    };
  }

  static Language parse(String code) {
    for (Language language : values()) {
      if (language.code.equals(code)) {
        return language;
      }
    }
    throw new IllegalArgumentException("language must be one of ko, zh, en, ja, was " + code);
  }
}
