package io.github.acsnumbers.core.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a {@link CommunicationException} says and carries, part by part, for every combination the SDK builds. */
class CommunicationExceptionPartsTest {

    @Test
    void everyPartAppearsInItsPlace() {
        CommunicationError inner = new CommunicationError("MissingTrunk", "Trunk sbc.contoso.com is missing", null,
            null, null);
        CommunicationError detail = new CommunicationError("Detail", "one detail", null, null, null);
        CommunicationError error = new CommunicationError("UnprocessableConfiguration", "Routes are invalid",
            "routes", List.of(detail), inner);
        CommunicationException e = new CommunicationException("PATCH /sip failed", 422, error, "req-9",
            ErrorKind.INVALID_SIP_CONFIGURATION, "op-3", null);
        assertEquals("PATCH /sip failed (HTTP 422): UnprocessableConfiguration - Routes are invalid [target: routes]"
            + " [inner: MissingTrunk - Trunk sbc.contoso.com is missing]. "
            + ErrorKind.INVALID_SIP_CONFIGURATION.getHint() + " operation-id: op-3. request-id: req-9", e.getMessage());
        assertSame(error, e.getError());
        assertEquals(List.of(detail), e.getDetails());
        assertEquals("req-9", e.getRequestId());
        assertEquals("op-3", e.getOperationId());
        assertEquals(422, e.getStatusCode());
        assertEquals("routes", e.getTarget());
        assertEquals("MissingTrunk", e.getInnerErrorCode());
        assertEquals("Trunk sbc.contoso.com is missing", e.getInnerErrorMessage());
        assertEquals("Routes are invalid", e.getServiceMessage());
        assertEquals("UnprocessableConfiguration", e.getErrorCode());
    }

    @Test
    void withoutAnAnswerThereIsNoStatusAndNoServiceText() {
        CommunicationException e = new CommunicationException("GET /x timed out", 0, null, null,
            ErrorKind.CLIENT_ERROR, null, null);
        assertEquals("GET /x timed out. " + ErrorKind.CLIENT_ERROR.getHint(), e.getMessage());
        assertNull(e.getError());
        assertEquals(List.of(), e.getDetails());
        assertNull(e.getRequestId());
        assertNull(e.getOperationId());
        assertNull(e.getErrorCode());
        assertNull(e.getServiceMessage());
        assertNull(e.getTarget());
        assertNull(e.getInnerErrorCode());
        assertNull(e.getInnerErrorMessage());
    }

    @Test
    void aMessageWithoutACodeFollowsAColon() {
        CommunicationException e = new CommunicationException("GET /x failed", 400,
            new CommunicationError(null, "Bad input", null, null, null), null, null, null, null);
        assertEquals("GET /x failed (HTTP 400): Bad input", e.getMessage());
    }

    @Test
    void aCodeWithoutAMessageStandsAlone() {
        CommunicationException e = new CommunicationException("GET /x failed", 400,
            new CommunicationError("BadRequest", null, null, null,
                new CommunicationError("Inner", null, null, null, null)), null, null, null, null);
        assertEquals("GET /x failed (HTTP 400): BadRequest [inner: Inner]", e.getMessage());
        assertNull(e.getInnerErrorMessage());
    }

    @Test
    void aMissingSummaryReadsRequestFailedAndLineBreaksCannotForgeLogLines() {
        CommunicationException e = new CommunicationException(null, 500,
            new CommunicationError("Oops", "line one\r\nline two", null, null, null), "r\n1", null, null, null);
        assertEquals("Request failed (HTTP 500): Oops - line one  line two request-id: r 1", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void theHintFollowsQuestionAndExclamationMarksWithoutAPeriod() {
        for (String end : new String[] {"?", "!"}) {
            CommunicationException e = new CommunicationException("Why" + end, 0, null, null, ErrorKind.THROTTLED,
                null, null);
            assertEquals("Why" + end + " " + ErrorKind.THROTTLED.getHint(), e.getMessage());
        }
        CommunicationException empty = new CommunicationException("", 0, null, null, ErrorKind.THROTTLED, null,
            null);
        assertTrue(empty.getMessage().endsWith(ErrorKind.THROTTLED.getHint()), empty.getMessage());
    }
}
