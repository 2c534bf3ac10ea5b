package org.reeltrace.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * Builds lifted-from edges. Contract: every cluster member other than the origin gets one edge per
 * cluster, to the copy it was made from, the first of:
 * <ol>
 *   <li>the member its watermark names, if that account posted the footage earlier (its earliest post in
 *       the cluster; of several named, the account that posted latest), or later on the day to which alone
 *       the post's time is given;
 *   <li>if its watermark names the origin's account, the origin, unless an earlier copy carrying that
 *       watermark too has a crop, frame shape, timing or overlays the post repeats (then that copy);
 *   <li>the earlier member, on another channel, that cropped the origin's picture to the same centre the
 *       post shows ({@link PostMatch#zoom()});
 *   <li>the earlier member, on another channel, whose picture it matches more closely than the origin's
 *       by more than {@link #CLOSER} (the closest such). Scores are compared within one {@link MatchView}:
 *       a member matched on whole pictures where the origin matched only on a region or with overlays
 *       painted over is closer whatever the scores; one matched only on part of the picture where the
 *       origin matched whole never is; a lead larger than the member's own distance from the origin
 *       ({@code 1 -} its score with the origin, plus {@link #CLOSER}) does not count: by the triangle
 *       inequality of hash distances it comes from comparing different views, not from inherited edits;
 *   <li>the earlier member whose changed frame shape or changed timing ({@link TimingEdits}: speed, cut
 *       start or end) it shares and that it matches more closely than the origin (or, when it plays the
 *       footage at that member's changed speed or is as long as that member's trimmed copy, less closely by
 *       no more than {@link #TIMING_SLACK}; when it shows the picture mirrored as that member does besides
 *       its changed frame shape, by no more than {@link #CLOSER});
 *   <li>the cluster's origin.
 * </ol>
 * An earlier member is never the source when it changed the origin's frame shape while the post kept
 * it; when it shows its own handle on the picture and the post, showing its whole picture unmirrored,
 * uncropped and no smaller, and no handle of its own where it may cover that one, does not
 * ({@link #dropsOwnStamp}); when it matches
 * the origin less than the post does by more than {@link #CLOSER} (unless the post
 * repeats its cut or speed, or matched it on whole pictures and the origin only on part); when its match
 * covers clearly fewer of the post's seconds than the origin's ({@link #MISSING_SECONDS}), or when it cut
 * off the start or end of the origin's footage and the post shows those seconds
 * ({@link TimingEdits#undoneCut}); when it cropped
 * away picture the post shows; when it changed the speed the post plays the footage at as the origin
 * does; or when the post does not repeat its changes to the origin's frame hashes ({@link RepeatedChanges},
 * {@link #MIN_REPEATED_SHARE}). Edges of one post to one source are merged across clusters. Channel edges
 * aggregate the post edges between different channels.
 */
final class LiftGraph {
  /*
   * Why the nearest copy only when it is clearly closer, and the origin otherwise: within a cluster
   * every member matches the origin's footage (transitively), and the order of posting alone does not
   * say which earlier copy was downloaded. Two signals do. A watermark names the account downloaded
   * from. And a re-post inherits every edit of the copy it was made from (its mirror, crop, letterbox,
   * burnt-in handle, re-encoding loss) and adds its own, so its frame hashes lie nearer to that
   * copy's than to the original's: the matcher's segment score (share of matched samples times
   * 1 - mean Hamming distance / (threshold + 1)) is higher for the pair. A copy that only re-encodes
   * is about as close to the original as to its parent, so a small difference (under CLOSER) is read
   * as no evidence and the edge goes to the origin, the best-supported source. Only an earlier member
   * (by posting time, else the time in its post id, else its container's creation time; a post dated
   * only to the day comes after a member posted later that day whose account its watermark names) can
   * be a source, so the edges never form a cycle.
   *
   * Closeness alone cannot tell a parent from a sibling that shares edits with the post: two re-posts
   * of one original downloaded from the same platform both carry its download watermark and its
   * re-encoding, and on footage whose hashes the watermark moves far (seed 4 of the lineage
   * evaluation: each copy 0.22 from the original) the siblings match each other at 0.76. Two facts of
   * inheritance rule such a sibling out without reading any watermark:
   * - Frame shape. A re-post keeps its source's frame unless it reframes it itself; a copy that
   *   letterboxed a 2:3 original into 9:16 cannot be the source of a re-post that has the original's
   *   2:3 frame (it would have had to cut the bars off exactly). Conversely a re-post that keeps such a
   *   copy's changed frame and matches it more closely than the original (by any margin: the letterbox
   *   shrinks the picture, so both lie far from the original and the margin is small, 0.01 on seed 4)
   *   was made from it.
   * - Distance to the original (a triangle argument). A copy of q carries q's departures from the
   *   original plus its own, so it matches the original no better than q does; a q matching the origin
   *   clearly less than p (by more than CLOSER) cannot be p's source. On the five evaluation seeds every
   *   true intermediate matches the origin at least as well as its copy, within 0.011. But scores move
   *   with the phase at which each video was sampled: on fast footage a tenth of a second shifts PDQ by
   *   about 30 bits (seed 103 at fingerprints v6: a copy cut 1.3 s in, sampled 0.1 s out of phase with
   *   the origin, matches it 0.45 while its own re-post matches it 0.51). A repeated cut or speed does
   *   not move with the phase, so it outweighs the triangle.
   *
   * Scores compare only within one view. A region, or a picture with its overlays painted over, leaves
   * out what differs, so a pair matched there scores higher than the same pair would on whole pictures
   * (seed 109: a re-post matched the origin on whole pictures at 0.21 and a sibling on a region at 0.45;
   * it came from the origin). Whole pictures matching where the other pair needed a part of them is
   * itself the evidence. On fifteen evaluation archives, 24 earlier copies matched a post only on part of
   * the picture where the origin matched it whole: none was its source. 7 matched it whole where the
   * origin matched only on part: 6 were its source; the seventh had been cropped like the post, which is
   * why zoom matches are left to the crop rule. The triangle's scores then belong to partial views as
   * well and do not decide.
   */

  /** How much closer (in match score, 0..1) an earlier copy must be than the origin to be the source. */
  static final double CLOSER = 0.03;
  /**
   * How much less closely than the origin p may match an earlier copy whose changed speed or length it
   * repeats ({@link TimingEdits#repeatsSpeed}, {@link TimingEdits#repeatsLength}) and still have been made
   * from it. On the lineage evaluation (fingerprints v12) two such re-posts matched their source 0.05 less
   * than the origin, both on part of the picture (seed 119: a zoom, seed 121: regions).
   */
  static final double TIMING_SLACK = 2 * CLOSER;
  /**
   * An earlier copy that changed at least {@link #MIN_CHANGED_BITS} bits a frame of the origin's frame
   * hashes, of which the post repeats less than {@link #MIN_REPEATED_SHARE}, measured on at least
   * {@link #MIN_CHANGE_FRAMES} frames, is not the post's source ({@link RepeatedChanges}). On the nine
   * lineage-evaluation archives true sources changing that much are repeated 0.51-0.93 (one outlier
   * 0.16), siblings 0.03-0.50; below 10 bits (a re-encode, a small stamp) siblings repeat 0.5-0.73 too,
   * the unstable bits every re-encode flips, so nothing is told there.
   */
  static final double MIN_CHANGED_BITS = 10;
  static final double MIN_REPEATED_SHARE = 0.4;
  static final int MIN_CHANGE_FRAMES = 5;
  /**
   * Match scores closer than this are the same score: means of equal segment scores weighted by
   * different lengths differ in their last bits, which must not read as one copy being closer.
   */
  static final double SAME_SCORE = 1e-9;
  /**
   * An earlier copy that matches fewer of the post's seconds than the origin does, by more than this
   * many seconds and {@link #MISSING_SHARE} of them, lacks footage the post shows: it is not the source.
   * The slack covers segment ends, which an aligner sampling a few frames a second places roughly.
   */
  static final double MISSING_SECONDS = 1.5;
  static final double MISSING_SHARE = 0.25;
  /**
   * How far two zooms ({@link PostMatch#zoom()}) may differ and still be the same crop: the matcher
   * measures zoom on a ladder of windows 2.5 % apart, so one step plus rounding.
   */
  static final double ZOOM_TOLERANCE = 0.03;

  private final Map<PostKey, LineagePost> posts;

  private final CopySimilarity similarity;

  private final RepeatedChanges repeated;

  LiftGraph(Map<PostKey, LineagePost> posts, CopySimilarity similarity, RepeatedChanges repeated) {
    this.posts = posts;
    this.similarity = similarity;
    this.repeated = repeated;
  }

  List<PostEdge> postEdges(List<FootageCluster> clusters) {
    Map<List<PostKey>, PostEdge> edges = new LinkedHashMap<>();
    for (FootageCluster c : clusters) {
      LineagePost origin = posts.get(c.origin());
      List<LineagePost> members = c.members().stream().map(m -> posts.get(m.post())).toList();
      for (LineagePost p : members) {
        if (p == origin) {
          continue;
        }
        LineagePost source = origin;
        List<Evidence> evidence = new ArrayList<>();
        LineagePost intermediate = intermediate(p, origin, members);
        double confidence = c.confidence();
        if (intermediate != null) {
          source = intermediate;
          evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @"
              + intermediate.displayHandle() + ", who posted this footage earlier than it", 1.0));
        } else if (OriginChooser.names(p, origin) && !origin.channel().equals(p.channel())) {
          NearestCopy inherited = sameWatermarkCopy(p, origin, members);
          if (inherited.source() != null) {
            source = inherited.source();
            evidence.addAll(inherited.evidence());
          } else {
            evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @" + origin.displayHandle()
                + ", whose post " + origin.key() + " is the footage's first appearance, and of no later copy's account",
                1.0));
          }
        } else {
          NearestCopy nearest = nearestCopy(p, origin, members);
          if (nearest.source() != null) {
            source = nearest.source();
          } else {
            evidence.add(new Evidence(Evidence.Kind.POSTED_FIRST, "the footage first appeared in " + origin.key()
                + " by @" + origin.displayHandle(), 0));
          }
          evidence.addAll(nearest.evidence());
        }
        Long lag = null;
        if (p.postedAt() != null && source.postedAt() != null) {
          Duration gap = Duration.between(source.postedAt(), p.postedAt());
          lag = gap.toDays();
          if ((gap.isNegative() || gap.isZero()) && OriginChooser.dayPrecision(p.postedAt())
              && gap.compareTo(Duration.ofDays(-1)) > 0) {
            confidence *= 0.8;
            evidence.add(new Evidence(Evidence.Kind.TIED_TIME, "posted on the day its source was posted (its own"
                + " time is given only to the day)", 0));
          } else if (gap.isNegative() || gap.isZero()) {
            confidence *= 0.5;
            evidence.add(new Evidence(Evidence.Kind.TIED_TIME, "posted at the same time as or before its source", -0.5));
          } else {
            evidence.add(new Evidence(Evidence.Kind.LAG, "posted " + OriginChooser.gapText(gap) + " after its source", 0));
          }
        } else {
          confidence *= 0.8;
          evidence.add(new Evidence(Evidence.Kind.MISSING_TIME, "the order of posting is not known from posting times", 0));
        }
        List<PostKey> key = List.of(p.key(), source.key());
        PostEdge prior = edges.get(key);
        if (prior == null) {
          edges.put(key, new PostEdge(p.key(), p.channel(), source.key(), source.channel(), List.of(c.id()), lag,
              confidence, evidence));
        } else {
          List<String> ids = new ArrayList<>(prior.clusterIds());
          ids.add(c.id());
          edges.put(key, new PostEdge(p.key(), p.channel(), source.key(), source.channel(), ids, lag,
              Math.max(confidence, prior.confidence()), prior.evidence()));
        }
      }
    }
    List<PostEdge> list = new ArrayList<>(edges.values());
    list.sort(Comparator.comparing((PostEdge e) -> e.post().toString()).thenComparing(e -> e.source().toString()));
    return list;
  }

  /**
   * True when q shows its own account's handle on the picture (a watermark or a stamp read by OCR) and p,
   * matched with q on whole pictures, neither mirrored nor cropped nor reframed nor smaller, and showing no
   * handle of its own, does not, not even misread (seed 105: "@besi.of.tox" for "@best.of.tok"): a copy
   * of q would carry the handle along, where OCR reads it as well as on q. A smaller copy's text may be
   * too small to read (seed 108: a copy downscaled to 0.69 of its source), and a re-poster's own stamp
   * may be drawn over it (seed 111: both in the top-right corner). When no text was read, no post names
   * its own account and this never holds.
   */
  private boolean dropsOwnStamp(LineagePost p, LineagePost q, FrameShape shape, FrameShape qShape) {
    return OriginChooser.names(q, q) && !showsHandleLike(p, q) && !ownHandleMayCover(p, q)
        && similarity.view(p.key(), q.key()).filter(v -> v == MatchView.WHOLE_PICTURES).isPresent()
        && !similarity.mirrored(p.key(), q.key())
        && Math.abs(similarity.zoom(p.key(), q.key()) - 1) <= ZOOM_TOLERANCE
        && shape != null && qShape != null && shape.sameAs(qShape)
        && shape.height() >= (1 - FrameShape.TOLERANCE) * qShape.height();
  }

  /**
   * Whether p's own handle may have been drawn over q's: p shows a handle naming its own account in a
   * region that may overlap one where q shows its own ({@link ScreenRegions#mayOverlap}), or where
   * either place is not known. With on-screen-v7 twice as many own stamps are read (lineage evaluation);
   * without the places the rule would stand aside on most stamped posts.
   */
  private static boolean ownHandleMayCover(LineagePost p, LineagePost q) {
    List<String> own = ownRegions(p);
    if (own != null && own.isEmpty()) {
      return false;
    }
    List<String> stamp = ownRegions(q);
    if (own == null || stamp == null || stamp.isEmpty()) {
      return true;
    }
    return own.stream().anyMatch(a -> stamp.stream().anyMatch(b -> ScreenRegions.mayOverlap(a, b)));
  }

  /**
   * Whether p shows the picture mirrored as q does: both mirrored against the origin, not against each
   * other. A re-post keeps its source's mirror unless it flips it back.
   */
  private boolean sharesMirror(LineagePost p, LineagePost q, LineagePost origin) {
    return similarity.mirrored(p.key(), origin.key()) && similarity.mirrored(q.key(), origin.key())
        && !similarity.mirrored(p.key(), q.key());
  }

  /** Where a post's watermarks name its own account (by handle or id); null when one does at an unknown place. */
  private static List<String> ownRegions(LineagePost p) {
    List<String> byHandle = p.channelHandle() == null ? List.of() : p.regionsNaming(p.channelHandle());
    List<String> byId = p.regionsNaming(p.channel().channelId());
    if (byHandle == null || byId == null) {
      return null;
    }
    List<String> regions = new ArrayList<>(byHandle);
    regions.addAll(byId);
    return regions;
  }

  /** Whether p shows a handle like q's account's, misread or not ({@link WatermarkAccounts#looksLike}). */
  private static boolean showsHandleLike(LineagePost p, LineagePost q) {
    return p.watermarkHandles().stream()
        .anyMatch(h -> (q.channelHandle() != null && WatermarkAccounts.looksLike(h, q.channelHandle()))
            || WatermarkAccounts.looksLike(h, q.channel().channelId()));
  }

  /**
   * The earlier member, on another channel than p and the origin, whose account p's watermark names: the
   * account that first posted the footage latest of those named (each download adds the watermark of the
   * account downloaded from, so a copy of a copy carries its ancestors' too); of that account's earlier
   * posts of the cluster, the one p was likelier made from ({@link #likelierSource}). Where p's
   * posting time is given only to the day, a member posted later that day ties with it, and the watermark
   * decides: p was made from it (unless that member's watermark names p's account too).
   */
  private LineagePost intermediate(LineagePost p, LineagePost origin, List<LineagePost> members) {
    Instant at = orderTime(p);
    Map<ChannelKey, LineagePost> firstByChannel = new LinkedHashMap<>();
    Map<ChannelKey, LineagePost> likeliestByChannel = new LinkedHashMap<>();
    for (LineagePost q : members) {
      Instant qAt = orderTime(q);
      if (q == p || q == origin || q.channel().equals(p.channel()) || q.channel().equals(origin.channel())
          || qAt == null || !OriginChooser.names(p, q)) {
        continue;
      }
      boolean earlier = (at == null || qAt.isBefore(at)) && !postedAfterOnItsDay(q, p);
      if (!earlier && !postedAfterOnItsDay(p, q)) {
        continue;
      }
      firstByChannel.merge(q.channel(), q, (x, y) -> orderTime(y).isBefore(orderTime(x)) ? y : x);
      likeliestByChannel.merge(q.channel(), q, (x, y) -> likelierSource(p, y, x) ? y : x);
    }
    LineagePost latest = null;
    for (LineagePost q : firstByChannel.values()) {
      if (latest == null || orderTime(q).isAfter(orderTime(latest))) {
        latest = q;
      }
    }
    return latest == null ? null : likeliestByChannel.get(latest.channel());
  }

  /**
   * Whether {@code p}, whose posting time is given only to the day, came after {@code q}, posted later
   * that day by the times: p's watermark names q's account and q's does not name p's. Such a q may be
   * p's source ({@link #intermediate}) and p is never q's, so the edges form no cycle.
   */
  private static boolean postedAfterOnItsDay(LineagePost p, LineagePost q) {
    Instant at = orderTime(p);
    Instant qAt = orderTime(q);
    return at != null && qAt != null && p.postedAt() != null && OriginChooser.dayPrecision(p.postedAt())
        && !qAt.isBefore(at) && qAt.isBefore(p.postedAt().plus(Duration.ofDays(1)))
        && OriginChooser.names(p, q) && !OriginChooser.names(q, p);
  }

  /**
   * Of two posts of one account that p's watermark names, whether p was more likely made from {@code a}
   * than from {@code b}: the one whose frame shape p keeps where only one has it (the account posted the
   * footage twice, once re-framed: lineage evaluation seed 122), else the one p matches more closely,
   * else the earlier.
   */
  private boolean likelierSource(LineagePost p, LineagePost a, LineagePost b) {
    FrameShape shape = FrameShape.of(p);
    FrameShape aShape = FrameShape.of(a);
    FrameShape bShape = FrameShape.of(b);
    if (shape != null && aShape != null && bShape != null && shape.sameAs(aShape) != shape.sameAs(bShape)) {
      return shape.sameAs(aShape);
    }
    double aScore = similarity.of(p.key(), a.key()).orElse(0);
    double bScore = similarity.of(p.key(), b.key()).orElse(0);
    if (Math.abs(aScore - bScore) > CLOSER) {
      return aScore > bScore;
    }
    return orderTime(a).isBefore(orderTime(b));
  }

  /**
   * The earlier copy p was made from (null: none, the origin is the source) and why, or why not;
   * {@code inheritsEdit}: chosen because p repeats an edit of that copy (its crop, frame shape or timing,
   * or its overlays: p matches its whole picture where the origin matches only in part), not only because
   * p's picture is closer to it.
   */
  private record NearestCopy(LineagePost source, List<Evidence> evidence, boolean inheritsEdit) {
    NearestCopy(LineagePost source, List<Evidence> evidence) {
      this(source, evidence, false);
    }
  }

  /**
   * p's watermark names the origin's account. So does an earlier copy's on another channel when that copy
   * was downloaded from the origin: p may then have been made from that copy, watermark and all. The
   * watermark cannot tell the two apart, an inherited edit can: the earlier copy whose crop, frame shape,
   * timing or overlays p repeats ({@link #nearestCopy}; overlays: p matches that copy's whole picture, the
   * origin's only on a region or painted over), when that copy carries the origin's watermark too. Closeness
   * of pictures alone does not outweigh the watermark here: two downloads of the origin carry the same
   * platform watermark and lie close to each other. None when there is no such copy.
   */
  private NearestCopy sameWatermarkCopy(LineagePost p, LineagePost origin, List<LineagePost> members) {
    NearestCopy nearest = nearestCopy(p, origin, members);
    if (nearest.source() == null || !nearest.inheritsEdit() || !OriginChooser.names(nearest.source(), origin)) {
      return new NearestCopy(null, List.of());
    }
    List<Evidence> evidence = new ArrayList<>(nearest.evidence());
    evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @" + origin.displayHandle()
        + ", the footage's first poster, as the earlier copy " + nearest.source().key() + " by @"
        + nearest.source().displayHandle() + " does", 0));
    return new NearestCopy(nearest.source(), evidence, true);
  }

  /**
   * The earlier member, on another channel than p, that p was made from: the one p matches most
   * closely, by more than {@link #CLOSER} above the origin; else the closest that p matches more
   * closely than the origin (when p repeats its changed speed or length: less closely within
   * {@link #TIMING_SLACK}) and
   * whose changed frame shape or timing p shares, if it is no farther from
   * the origin than p (beyond {@link #CLOSER}, the noise of match scores). A member whose frame shape
   * differs from the origin's while p keeps the origin's, that lies farther from the origin than p by
   * more than {@link #CLOSER}, that lacks seconds of the origin's footage that p shows, or that changed
   * the speed p plays at as the origin does, is never chosen. The
   * source is null when there is none. When p was not matched with the origin at all, the member it matches
   * most closely, clearly (by more than {@link #CLOSER}) above any other.
   */
  private NearestCopy nearestCopy(LineagePost p, LineagePost origin, List<LineagePost> members) {
    OptionalDouble matched = similarity.of(p.key(), origin.key());
    Instant at = orderTime(p);
    if (at == null) {
      return new NearestCopy(null, List.of());
    }
    if (matched.isEmpty()) {
      return onlyCopyMatched(p, origin, members, at);
    }
    TimingEdits timing = new TimingEdits(similarity, origin, members);
    NearestCopy cropped = sharedCrop(p, origin, members, at, timing);
    if (cropped.source() != null) {
      return cropped;
    }
    double toOrigin = matched.getAsDouble();
    // a match with the origin on whole pictures in which p shows only the centre of the origin's picture (a crop
    // light enough for the whole pictures to match) is a zoom (lineage evaluation seed 124: a re-post cropped
    // 6 % matched the origin on whole pictures and the copy it was made from on zoom windows, both at 85 %)
    boolean croppedAgainstOrigin = Math.abs(similarity.zoom(p.key(), origin.key()) - 1) > ZOOM_TOLERANCE;
    MatchView originView = similarity.view(p.key(), origin.key())
        .map(v -> v == MatchView.WHOLE_PICTURES && croppedAgainstOrigin ? MatchView.ZOOM : v).orElseThrow();
    FrameShape shape = FrameShape.of(p);
    FrameShape originShape = FrameShape.of(origin);
    List<Evidence> ruledOut = new ArrayList<>(cropped.evidence());
    LineagePost closer = null;
    double closerScore = toOrigin + CLOSER;
    boolean closerWhole = false;
    LineagePost sharedEditCopy = null;
    double sharedEditScore = 0;
    List<String> sharedEditTiming = List.of();
    boolean sharedEditMirror = false;
    for (LineagePost q : members) {
      Instant qAt = orderTime(q);
      if (q == p || q == origin || q.channel().equals(p.channel()) || qAt == null || !qAt.isBefore(at)
          || postedAfterOnItsDay(q, p)) {
        continue;
      }
      OptionalDouble s = similarity.of(p.key(), q.key());
      MatchView view = similarity.view(p.key(), q.key()).orElse(null);
      // whole pictures matched where the origin matched only once its overlays were left out: p shares q's
      // overlays or edits, whatever the scores, which measure different views (not so for a zoom: two
      // copies cropped alike match each other's whole pictures, the crop rule above decides those)
      boolean wholeOnlyWithQ = view == MatchView.WHOLE_PICTURES && !originView.wholePictures()
          && originView != MatchView.ZOOM;
      // a changed speed or length that p repeats outweighs a score a little lower than the origin's: scores
      // shift with the phase at which each video was sampled, a speed or a length does not (nor does a cut at
      // one end, but two re-posts that cut alike by chance would then pass for copies of each other wherever
      // their scores tie with the origin's, as in LineageProperties' archives, cut at whole seconds)
      boolean repeatsTiming = s.isPresent() && s.getAsDouble() > toOrigin - TIMING_SLACK
          && (timing.repeatsSpeed(p.key(), q.key()) || timing.repeatsLength(p.key(), q.key()));
      FrameShape qShape = FrameShape.of(q);
      boolean sharesReshape = shape != null && qShape != null && originShape != null && shape.sameAs(qShape)
          && !qShape.sameAs(originShape);
      // so do a changed frame and a mirror that p both repeats: two edits the origin lacks; a letterboxed
      // picture is small, and its scores shift more with the phase of sampling
      boolean repeatsReshapeAndMirror = sharesReshape && s.isPresent() && s.getAsDouble() > toOrigin - CLOSER
          && sharesMirror(p, q, origin);
      if (s.isEmpty() || (s.getAsDouble() <= toOrigin + SAME_SCORE && !wholeOnlyWithQ && !repeatsTiming
          && !repeatsReshapeAndMirror)) {
        continue;
      }
      if (sharesCrop(p, q, origin)) {
        continue; // the crop rule passed it over for its timing, and said why
      }
      double score = s.getAsDouble();
      boolean clearlyCloser = score > toOrigin + CLOSER || wholeOnlyWithQ;
      if (originView.wholePictures() && !view.wholePictures()) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.PART_OF_PICTURE, String.format(Locale.ROOT,
              "not made from %s by @%s, though its match score with it (%.2f) is higher than with the origin"
                  + " (%.2f): it matched that copy only on part of the picture, the origin on the whole picture",
              q.key(), q.displayHandle(), score, toOrigin), 0.25));
        }
        continue;
      }
      if (shape != null && qShape != null && originShape != null && shape.sameAs(originShape)
          && !qShape.sameAs(originShape)) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.FRAME_SHAPE, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): that"
                  + " copy changed the frame to %s, this post keeps the origin's shape (%s, origin %s)", q.key(),
              q.displayHandle(), score, toOrigin, qShape, shape, originShape), 0.25));
        }
        continue;
      }
      if (dropsOwnStamp(p, q, shape, qShape)) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.WATERMARK, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): that"
                  + " copy shows its own handle on the picture, this post shows that copy's whole picture the"
                  + " same way round and size, without it", q.key(), q.displayHandle(), score, toOrigin), 0.25));
        }
        continue;
      }
      double pZoom = similarity.zoom(p.key(), origin.key());
      double qZoom = similarity.zoom(q.key(), origin.key());
      if (qZoom < 1 - ZOOM_TOLERANCE && pZoom > qZoom + ZOOM_TOLERANCE) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.CROP, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): that copy"
                  + " cut the picture to the centre %.0f %% of the origin's, this post shows %.0f %% of it",
              q.key(), q.displayHandle(), score, toOrigin, 100 * qZoom, 100 * Math.min(pZoom, 1)), 0.25));
        }
        continue;
      }
      double shown = similarity.coveredSeconds(p.key(), origin.key());
      double sharedWithQ = similarity.coveredSeconds(p.key(), q.key());
      if (shown - sharedWithQ > Math.max(MISSING_SECONDS, MISSING_SHARE * shown)) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.MISSING_FOOTAGE, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): this post"
                  + " shows %.1f s of the origin's footage, that copy only %.1f s of them", q.key(), q.displayHandle(),
              score, toOrigin, shown, sharedWithQ), 0.25));
        }
        continue;
      }
      Optional<String> cutAway = timing.undoneCut(p.key(), q.key());
      if (cutAway.isPresent()) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.MISSING_FOOTAGE, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): %s",
              q.key(), q.displayHandle(), score, toOrigin, cutAway.get()), 0.25));
        }
        continue;
      }
      Optional<RepeatedChanges.Measure> changes = repeated.of(p.key(), q.key(), origin.key());
      if (changes.isPresent() && changes.get().frames() >= MIN_CHANGE_FRAMES
          && changes.get().copyChangedBits() >= MIN_CHANGED_BITS
          && changes.get().repeatedShare() < MIN_REPEATED_SHARE) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.UNREPEATED_CHANGES, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): that copy"
                  + " changed %.0f of the 256 bits of the origin's frame hashes, this post repeats only %.0f %% of"
                  + " them (%d frames)", q.key(), q.displayHandle(), score, toOrigin, changes.get().copyChangedBits(),
              100 * changes.get().repeatedShare(), changes.get().frames()), 0.25));
        }
        continue;
      }
      Optional<String> undone = timing.undoneSpeed(p.key(), q.key());
      if (undone.isPresent()) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.TIMING, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): %s",
              q.key(), q.displayHandle(), score, toOrigin, undone.get()), 0.25));
        }
        continue;
      }
      OptionalDouble qToOrigin = similarity.of(q.key(), origin.key());
      List<String> repeatedTiming = timing.repeated(p.key(), q.key());
      // a repeated cut or speed outweighs the triangle argument: match scores shift with the phase at which
      // each video was sampled (fast footage moves tens of bits in a tenth of a second), cuts do not
      if (qToOrigin.isPresent() && qToOrigin.getAsDouble() < toOrigin - CLOSER && repeatedTiming.isEmpty()
          && !wholeOnlyWithQ && !repeatsReshapeAndMirror) {
        if (clearlyCloser) {
          ruledOut.add(new Evidence(Evidence.Kind.FARTHER_COPY, String.format(Locale.ROOT,
              "not made from %s by @%s, though closer to it (match score %.2f) than to the origin (%.2f): that"
                  + " copy matches the origin less (%.2f) than this post does, so this post cannot carry its edits",
              q.key(), q.displayHandle(), score, toOrigin, qToOrigin.getAsDouble()), 0.25));
        }
        continue;
      }
      // the triangle inequality of frame-hash distances: p can lie closer to q than to the origin by no more
      // than q lies from the origin; a larger lead comes from comparing different views of the pictures (a
      // region against a picture with its overlays painted over), not from edits of q that p carries
      boolean leadBeyondTriangle = !wholeOnlyWithQ && qToOrigin.isPresent()
          && score - toOrigin > 1 - qToOrigin.getAsDouble() + CLOSER;
      if (leadBeyondTriangle && clearlyCloser) {
        ruledOut.add(new Evidence(Evidence.Kind.UNEXPLAINED_LEAD, String.format(Locale.ROOT,
            "its match score with the earlier copy %s by @%s (%.2f) leads the origin's (%.2f) by more than that"
                + " copy's own edits explain (it matches the origin at %.2f, a lead of at most %.2f): the scores"
                + " come from different views (with that copy %s, with the origin %s), so the lead does not count",
            q.key(), q.displayHandle(), score, toOrigin, qToOrigin.getAsDouble(), 1 - qToOrigin.getAsDouble(),
            view.inWords(), originView.inWords()), 0.25));
      }
      if (!leadBeyondTriangle
          && ((wholeOnlyWithQ && !closerWhole) || (wholeOnlyWithQ == closerWhole && score > closerScore))) {
        closer = q;
        closerScore = score;
        closerWhole = wholeOnlyWithQ;
      }
      List<String> sharedTiming = sharesReshape ? List.of() : repeatedTiming;
      // not farther from the origin than p beyond CLOSER (the check above), unless p repeats its timing
      boolean closeEnough = score > toOrigin + SAME_SCORE || repeatsTiming || repeatsReshapeAndMirror;
      if ((sharesReshape || !sharedTiming.isEmpty()) && closeEnough && qToOrigin.isPresent()
          && (sharedEditCopy == null || score > sharedEditScore)) {
        sharedEditCopy = q;
        sharedEditScore = score;
        sharedEditTiming = sharedTiming;
        sharedEditMirror = repeatsReshapeAndMirror;
      }
    }
    if (closer != null && closerWhole) {
      ruledOut.add(0, new Evidence(Evidence.Kind.NEAREST_COPY, String.format(Locale.ROOT,
          "its whole picture matches the earlier copy %s by @%s (match score %.2f), the origin %s only %s"
              + " (%.2f): it carries that copy's overlays or edits", closer.key(), closer.displayHandle(),
          closerScore, origin.key(), originView == MatchView.REGIONS ? "on a region of the picture"
              : "once the overlays are painted over", toOrigin), 0.5));
      return new NearestCopy(closer, ruledOut, true);
    }
    if (closer != null) {
      ruledOut.add(0, new Evidence(Evidence.Kind.NEAREST_COPY, String.format(Locale.ROOT,
          "its picture is closer to the earlier copy %s by @%s (match score %.2f) than to the origin %s"
              + " (%.2f): it carries that copy's edits", closer.key(), closer.displayHandle(), closerScore,
          origin.key(), toOrigin), 0.5));
      return new NearestCopy(closer, ruledOut, closer == sharedEditCopy);
    }
    if (sharedEditCopy != null && !sharedEditTiming.isEmpty()) {
      ruledOut.add(0, new Evidence(Evidence.Kind.TIMING, String.format(Locale.ROOT,
          "as the earlier copy %s by @%s does, it %s, and it matches that copy %s (match score %.2f) than the"
              + " origin %s (%.2f): it carries that copy's edits", sharedEditCopy.key(),
          sharedEditCopy.displayHandle(), String.join(" and ", sharedEditTiming),
          sharedEditScore > toOrigin ? "more closely" : "hardly less closely", sharedEditScore, origin.key(),
          toOrigin), 0.3));
      return new NearestCopy(sharedEditCopy, ruledOut, true);
    }
    if (sharedEditCopy != null) {
      String mirror = sharedEditMirror ? ", shows the picture mirrored as that copy does, unlike the origin," : ",";
      ruledOut.add(0, new Evidence(Evidence.Kind.FRAME_SHAPE, String.format(Locale.ROOT,
          "keeps the frame shape %s of the earlier copy %s by @%s, which changed the origin's %s%s and matches"
              + " that copy %s (match score %.2f) than the origin %s (%.2f): it carries that copy's letterbox or"
              + " crop%s", FrameShape.of(p), sharedEditCopy.key(), sharedEditCopy.displayHandle(), originShape, mirror,
          sharedEditScore > toOrigin ? "more closely" : "hardly less closely", sharedEditScore, origin.key(), toOrigin,
          sharedEditMirror ? " and its mirror" : ""), 0.3));
      return new NearestCopy(sharedEditCopy, ruledOut, true);
    }
    return new NearestCopy(null, ruledOut);
  }

  /**
   * The earlier member on another channel that cropped the origin's picture to the centre that p shows
   * too (zooms relative to the origin within {@link #ZOOM_TOLERANCE}) and frames it as p does: p carries
   * its crop. Of several, the earliest, which made the crop (the others carry it too; as with a copy that
   * only re-encoded, nothing shows whether p passed through them), the closer by match score on a tie.
   * Match scores decide nothing else here: a cropped pair aligns on zoom windows, whose scores do not
   * compare with whole-picture ones. Two re-posters may crop alike by chance; one whose timing p cannot
   * have come from (it cut footage p shows, or changed the speed p plays at as the origin does) is not
   * p's source whatever its crop. None when there is none, with the evidence against such a copy.
   */
  private NearestCopy sharedCrop(LineagePost p, LineagePost origin, List<LineagePost> members, Instant at,
      TimingEdits timing) {
    LineagePost best = null;
    Instant bestAt = null;
    double bestScore = -1;
    List<Evidence> ruledOut = new ArrayList<>();
    for (LineagePost q : members) {
      Instant qAt = orderTime(q);
      if (q == p || q == origin || q.channel().equals(p.channel()) || qAt == null || !qAt.isBefore(at)
          || postedAfterOnItsDay(q, p)) {
        continue;
      }
      OptionalDouble s = similarity.of(p.key(), q.key());
      double qZoom = similarity.zoom(q.key(), origin.key());
      boolean sharesCrop = sharesCrop(p, q, origin);
      Optional<String> cutAway = sharesCrop ? timing.undoneCut(p.key(), q.key()) : Optional.empty();
      Optional<String> speedUndone = sharesCrop && cutAway.isEmpty() ? timing.undoneSpeed(p.key(), q.key())
          : Optional.empty();
      if (cutAway.isPresent() || speedUndone.isPresent()) {
        ruledOut.add(new Evidence(cutAway.isPresent() ? Evidence.Kind.MISSING_FOOTAGE : Evidence.Kind.TIMING,
            String.format(Locale.ROOT, "not made from %s by @%s, though it shows the same centre %.0f %% of the"
                + " origin's picture: %s", q.key(), q.displayHandle(), 100 * qZoom,
                cutAway.or(() -> speedUndone).orElseThrow()), 0.25));
        continue;
      }
      if (sharesCrop && (best == null || qAt.isBefore(bestAt) || (qAt.equals(bestAt) && s.getAsDouble() > bestScore))) {
        best = q;
        bestAt = qAt;
        bestScore = s.getAsDouble();
      }
    }
    if (best == null) {
      return new NearestCopy(null, ruledOut);
    }
    return new NearestCopy(best, List.of(new Evidence(Evidence.Kind.CROP, String.format(Locale.ROOT,
        "shows the same centre %.0f %% of the origin's picture as the earlier copy %s by @%s, which cropped it,"
            + " and frames it as that copy does (match score %.2f): it carries that copy's crop",
        100 * similarity.zoom(best.key(), origin.key()), best.key(), best.displayHandle(), bestScore), 0.3)), true);
  }

  /**
   * Whether p, matched with q, shows the same centre of the origin's picture that q cropped it to (zooms
   * relative to the origin within {@link #ZOOM_TOLERANCE}) and frames it as q does.
   */
  private boolean sharesCrop(LineagePost p, LineagePost q, LineagePost origin) {
    double qZoom = similarity.zoom(q.key(), origin.key());
    return similarity.of(p.key(), q.key()).isPresent() && qZoom < 1 - ZOOM_TOLERANCE
        && Math.abs(similarity.zoom(p.key(), origin.key()) - qZoom) <= ZOOM_TOLERANCE
        && Math.abs(similarity.zoom(p.key(), q.key()) - 1) <= ZOOM_TOLERANCE;
  }

  /**
   * p did not match the origin at all: the earlier member it matches most closely, by more than
   * {@link #CLOSER} above any other, is its source when it is on another channel (the nearest-copy rule with a score of
   * nothing for the origin: that copy's edits took p out of the origin's reach), else none.
   */
  private NearestCopy onlyCopyMatched(LineagePost p, LineagePost origin, List<LineagePost> members, Instant at) {
    LineagePost best = null;
    double bestScore = 0;
    double runnerUp = 0;
    for (LineagePost q : members) {
      Instant qAt = orderTime(q);
      if (q == p || q == origin || qAt == null || !qAt.isBefore(at)
          || postedAfterOnItsDay(q, p)) {
        continue;
      }
      OptionalDouble s = similarity.of(p.key(), q.key());
      if (s.isEmpty()) {
        continue;
      }
      if (s.getAsDouble() > bestScore) {
        runnerUp = bestScore;
        best = q;
        bestScore = s.getAsDouble();
      } else {
        runnerUp = Math.max(runnerUp, s.getAsDouble());
      }
    }
    if (best == null || bestScore - runnerUp <= CLOSER || best.channel().equals(p.channel())) {
      return new NearestCopy(null, List.of()); // none, no copy clearly nearest, or the channel's own post
    }
    return new NearestCopy(best, List.of(new Evidence(Evidence.Kind.NEAREST_COPY, String.format(Locale.ROOT,
        "its picture matches the earlier copy %s by @%s (match score %.2f) and not the origin %s: it carries"
            + " that copy's edits", best.key(), best.displayHandle(), bestScore, origin.key()), 0.5)));
  }

  /**
   * When a post appeared, as far as known: its posting time (when given only to the day, no earlier than
   * its file's creation time on that day), else its post id's time, else its file's.
   */
  private static Instant orderTime(LineagePost p) {
    Instant created = p.containerCreatedAt();
    if (p.postedAt() != null && OriginChooser.dayPrecision(p.postedAt()) && created != null
        && created.isAfter(p.postedAt()) && created.isBefore(p.postedAt().plus(Duration.ofDays(1)))) {
      return created; // posted on that day, and not before its file was made
    }
    if (p.postedAt() != null) {
      return p.postedAt();
    }
    Instant id = OriginChooser.idTime(p);
    return id != null ? id : p.containerCreatedAt();
  }

  List<ChannelEdge> channelEdges(List<PostEdge> postEdges) {
    Map<List<ChannelKey>, List<PostEdge>> byPair = new LinkedHashMap<>();
    for (PostEdge e : postEdges) {
      if (!e.sameChannel()) {
        byPair.computeIfAbsent(List.of(e.channel(), e.sourceChannel()), k -> new ArrayList<>()).add(e);
      }
    }
    List<ChannelEdge> result = new ArrayList<>();
    byPair.forEach((pair, edges) -> {
      Map<PostKey, Double> confidenceByPost = new LinkedHashMap<>();
      for (PostEdge e : edges) {
        confidenceByPost.merge(e.post(), e.confidence(), Math::max);
      }
      Instant first = null;
      Instant last = null;
      for (PostKey k : confidenceByPost.keySet()) {
        Instant t = posts.get(k).postedAt();
        if (t != null) {
          first = first == null || t.isBefore(first) ? t : first;
          last = last == null || t.isAfter(last) ? t : last;
        }
      }
      double mean = confidenceByPost.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      result.add(new ChannelEdge(pair.get(0), handle(edges.get(0).post()), pair.get(1),
          handle(edges.get(0).source()), confidenceByPost.size(), first, last, mean));
    });
    result.sort(Comparator.comparingInt(ChannelEdge::posts).reversed()
        .thenComparing(e -> e.channel().toString()).thenComparing(e -> e.source().toString()));
    return result;
  }

  private String handle(PostKey k) {
    return posts.get(k).displayHandle();
  }
}
