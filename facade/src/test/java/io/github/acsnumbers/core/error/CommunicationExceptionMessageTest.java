package io.github.acsnumbers.core.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommunicationExceptionMessageTest {
    @Test
    void aServiceMessageThatEndsASentenceGetsNoSecondPeriod() {
        CommunicationException e = new CommunicationException("GET /phoneNumbers failed", 401,
            new CommunicationError("Denied", "Denied by the resource provider.", null, List.of(), null), "req-1",
            ErrorKind.DENIED, null, null);
        assertFalse(e.getMessage().contains(".."), e.getMessage());
        assertTrue(e.getMessage().contains("Denied by the resource provider. " + ErrorKind.DENIED.getHint()),
            e.getMessage());
    }

    @Test
    void aMessageWithoutAPeriodStillGetsOneBeforeTheHint() {
        CommunicationException e = new CommunicationException("GET /phoneNumbers failed", 404,
            new CommunicationError("NotFound", "No such number", null, List.of(), null), null, ErrorKind.NOT_FOUND,
            null, null);
        assertTrue(e.getMessage().contains("No such number. " + ErrorKind.NOT_FOUND.getHint()), e.getMessage());
    }
}
