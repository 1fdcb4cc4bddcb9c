package vn.gov.sokhcn.kpi.system.upload;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code kpi.uploads.*} as configured; {@link UploadLimits} is the same in bytes, as the checks use it. */
@Validated
@ConfigurationProperties("kpi.uploads")
record UploadProperties(@Min(1) int maxEntries, @NotNull DataSize maxUncompressedSize, @Min(1) int maxCompressionRatio,
                        @NotNull DataSize compressionRatioFrom) {

    UploadLimits limits() {
        return new UploadLimits(maxEntries, maxUncompressedSize.toBytes(), maxCompressionRatio, compressionRatioFrom.toBytes());
    }
}
