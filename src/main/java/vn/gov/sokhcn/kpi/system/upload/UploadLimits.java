package vn.gov.sokhcn.kpi.system.upload;

/**
 * Limits on what an uploaded archive may hold once inflated ({@code kpi.uploads.*}): entries, total size, and the
 * compression ratio of any entry larger than {@code ratioFromBytes} (small entries of repeated text compress well).
 */
record UploadLimits(int maxEntries, long maxUncompressedBytes, long maxCompressionRatio, long ratioFromBytes) {
}
