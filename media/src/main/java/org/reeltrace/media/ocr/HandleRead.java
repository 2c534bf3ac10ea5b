package org.reeltrace.media.ocr;

/** One reading of a watermark handle in one frame, attributed to a platform. */
record HandleRead(String platform, String handle, TextSighting sighting) {}
