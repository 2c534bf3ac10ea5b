#!/usr/bin/env bash
# Rebuilds the videos of the demo archive (demo/archive/**/*.mp4) with system FFmpeg.
# The metadata files beside them (.info.json, .json, .ndjson, .csv) are hand-written and committed;
# this script only makes the video files they pair with. See demo/archive/SOURCES.md.
#
# Usage: demo/make-demo-archive.sh [SAMPLE_VIDEO_DIR] [WALLPAPER_SVG] [DOUYIN_PICTURE]
#   SAMPLE_VIDEO_DIR  default ../shared/testdata/vpdq/sample-videos beside the repository
#                     (BSD-licensed tmk sample videos from facebook/ThreatExchange)
#   WALLPAPER_SVG     default the Debian desktop-base "SoftWaves" wallpaper (GPL-2+),
#                     /usr/share/desktop-base/softwaves-theme/wallpaper/contents/images/1920x1080.svg
#   DOUYIN_PICTURE    default the "goldfish" picture of Debian's ukui-wallpapers (CC-BY-SA-3.0),
#                     /usr/share/backgrounds/goldfish.png (3640x2400)
# Needs: ffmpeg built with libx264, librsvg and libfreetype
#        (Debian 12: apt-get install ffmpeg desktop-base ukui-wallpapers fonts-dejavu-core fonts-noto-cjk).
#
# Every re-post is cut from the SAME source and time range as its original, as a re-poster's copy
# of the downloaded original would be: trimmed by at most 1 s at the start or end, cropped by at most
# 0.5 % per side, a handle or logo burnt into a corner, re-encoded at another CRF (and, for the
# Douyin re-post, darkened). The clips are 6-7 s long, so that ReelTrace's matcher
# (PDQ hashes of 1 frame per second, alignment needing at least 3 matched seconds) can see them;
# all footage is detailed enough for PDQ quality >= 50 in every sampled frame.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../shared/testdata/vpdq/sample-videos}"
svg="${2:-/usr/share/desktop-base/softwaves-theme/wallpaper/contents/images/1920x1080.svg}"
goldfish="${3:-/usr/share/backgrounds/goldfish.png}"
out="$here/archive"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
cjk_font=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Vertical 360x640, H.264, 30 fps, mono AAC 48 kb/s, no container metadata: small and reproducible.
encode() { # encode CRF: the encoder arguments
  echo -c:v libx264 -preset medium -crf "$1" -pix_fmt yuv420p -r 30 -g 60 \
       -c:a aac -b:a 48k -ac 1 -ar 44100 \
       -map_metadata -1 -movflags +faststart -fflags +bitexact -flags:v +bitexact -flags:a +bitexact
}
# The SD samples are 480x720 with black side bars; 404x720 from the middle is 9:16 picture only.
vertical_sd="crop=404:720:38:0"
# A re-poster's mild crop: PCT % off every side of the picture. PDQ of detailed footage is very
# crop-sensitive (a 1 % crop moves the chair's hash by about 30 of 256 bits, the fabric's by more),
# so the re-posts crop half a percent at most.
crop() { echo "crop=trunc(iw*(1-$1/50)/2)*2:trunc(ih*(1-$1/50)/2)*2:trunc(iw*$1/100):trunc(ih*$1/100)"; }
to_vertical="scale=360:640,setsar=1"

make() { # make OUT_FILE CRF INPUT_ARGS... -- FILTER
  local target="$out/$1" crf="$2"; shift 2
  local args=(); while [[ "$1" != "--" ]]; do args+=("$1"); shift; done; shift
  mkdir -p "$(dirname "$target")"
  # shellcheck disable=SC2046 # encode prints plain words
  ffmpeg -v error -y "${args[@]}" -vf "$1" $(encode "$crf") "$target"
  echo "$target $(stat -c %s "$target") bytes"
}

# 1. The original channel @mina.makes (yt-dlp downloads), CRF 30, 7 s each: the chair (0:01-0:08
#    of the sample) and the fabric pattern (0:00-0:07).
make "ytdlp/mina.makes - 7341100000000000001.mp4" 30 -ss 1 -t 7 -i "$src/chair-orig-22-sd-bar.mp4" -- \
  "$vertical_sd,$to_vertical"
make "ytdlp/mina.makes - 7341100000000000002.mp4" 30 -ss 0 -t 7 -i "$src/pattern-longer-no-bar.mp4" -- \
  "$to_vertical"

# 2. The re-poster @daily.reels.hub (CSV manifest videos), CRF 34, 6 s each: Mina's two clips as
#    downloaded from TikTok, with TikTok's moving watermark ("TikTok" over "@mina.makes", top-left for
#    the first 3 s, then bottom-right), the first second (chair) or the last second (fabric) cut off,
#    the chair 0.5 % cropped, and the re-poster's own handle burnt in at the top right.
tiktok_mark() { # tiktok_mark HANDLE: white text with a dark border, top-left until 3 s, then bottom-right
  local common="fontfile=$font:fontcolor=white:borderw=2:bordercolor=black@0.7"
  echo "drawtext=$common:text='TikTok':fontsize=20:x=14:y=14:enable='lt(t,3)',drawtext=$common:text='@$1':fontsize=15:x=14:y=40:enable='lt(t,3)',drawtext=$common:text='TikTok':fontsize=20:x=w-tw-14:y=h-62:enable='gte(t,3)',drawtext=$common:text='@$1':fontsize=15:x=w-tw-14:y=h-36:enable='gte(t,3)'"
}
stamp="drawtext=fontfile=$font:text='@daily.reels.hub':fontsize=14:fontcolor=white@0.8:borderw=1:x=w-tw-12:y=12,$(tiktok_mark mina.makes)"
make "videos/daily.reels.hub_7342200000000000011.mp4" 34 -ss 2 -t 6 -i "$src/chair-orig-22-sd-bar.mp4" -- \
  "$vertical_sd,$(crop 0.5),$to_vertical,$stamp"
make "videos/daily.reels.hub_7342200000000000012.mp4" 34 -ss 0 -t 6 -i "$src/pattern-longer-no-bar.mp4" -- \
  "$to_vertical,$stamp"

# 3. A Douyin original (@jiangbian_xd, yt-dlp Douyin download): a slow pan across the goldfish
#    picture (40 px/s of 720, slow enough that one frame of jitter hardly moves the hash) with a
#    stepped sine melody, rendered once as a lossless 7.5 s master; and
#    @cn.clips.daily re-posting it: first second trimmed, 0.5 % cropped, darker, with Douyin's
#    watermark ("抖音" top-left, "抖音号: jiangbian_xd" bottom-right), CRF 33.
tune="aevalsrc=0.2*sin(2*PI*(330+110*floor(mod(2*t\,4)))*t):s=44100:d=7.5"
master="$work/douyin-master.mkv"
ffmpeg -v error -y -i "$goldfish" -vf scale=-2:1280 "$work/goldfish.png"
ffmpeg -v error -y -loop 1 -framerate 30 -t 7.5 -i "$work/goldfish.png" -f lavfi -i "$tune" -map 0:v -map 1:a -t 7.5 \
  -vf "crop=720:1280:'650+300*t/7.5':0,setsar=1,format=yuv420p" \
  -c:v libx264 -preset ultrafast -qp 0 -c:a pcm_s16le "$master"
make "ytdlp/douyin - 7338000000000000001.mp4" 30 -ss 0 -t 7 -i "$master" -- \
  "$to_vertical"
make "ytdlp/cn.clips.daily - 7343300000000000031.mp4" 33 -ss 1 -t 6 -i "$master" -- \
  "$(crop 0.5),$to_vertical,eq=brightness=-0.05:saturation=0.9,drawtext=fontfile=$cjk_font:text='抖音':fontsize=22:fontcolor=white:borderw=2:bordercolor=black@0.7:x=14:y=14,drawtext=fontfile=$cjk_font:text='抖音号\\: jiangbian_xd':fontsize=16:fontcolor=white:borderw=2:bordercolor=black@0.7:x=w-tw-12:y=h-th-16"

# 4. The self-declared visitor @tourist.lena (CSV manifest videos), 6 s each: an own clip, a slow
#    pan over a wallpaper picture (CRF 30); and Mina's chair clip posted as her own: its first 6 s,
#    uncropped, a sepia filter and her handle top-left, CRF 28.
make "videos/tourist.lena_7344400000000000041.mp4" 30 -f lavfi -i "anullsrc=r=44100:cl=mono" \
  -loop 1 -framerate 30 -t 6 -i "$svg" -shortest -map 1:v -map 0:a -- \
  "scale=1920:1080,crop=608:1080:'(iw-608)*t/6':0,$to_vertical,format=yuv420p"
make "videos/tourist.lena_7344400000000000042.mp4" 28 -ss 1 -t 6 -i "$src/chair-orig-22-sd-bar.mp4" -- \
  "$vertical_sd,$to_vertical,colorchannelmixer=.393:.769:.189:0:.349:.686:.168:0:.272:.534:.131,drawtext=fontfile=$font:text='@tourist.lena':fontsize=14:fontcolor=white@0.7:x=12:y=12"

du -sh "$out"
