package io.github.acsnumbers.siprouting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The SIP api-versions are those of the two spec documents the stubs were generated from. */
class SipVersionsFromSpecTest {
    @Test
    void stableAndPreviewComeFromTheDocuments() {
        assertEquals(SipRoutingOperations.SPEC_VERSION, SipRoutingServiceVersion.getLatestStable().getVersion());
        assertTrue(Arrays.stream(SipRoutingServiceVersion.values()).anyMatch(v -> v.isPreview()
            && v.getVersion().equals(SipRoutingOperations.PREVIEW_SPEC_VERSION)),
            "add a SipRoutingServiceVersion constant for the preview document's api-version");
    }
}
