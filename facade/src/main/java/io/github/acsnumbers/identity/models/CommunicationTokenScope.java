package io.github.acsnumbers.identity.models;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import java.util.Collection;

/**
 * A permission an access token carries. The service may add scopes in later api-versions: any value parses and
 * is sent back unchanged, the constants below are the ones api-version 2026-09-23 knows.
 */
public final class CommunicationTokenScope extends ExpandableStringEnum<CommunicationTokenScope> {
    /** Full access to the chat APIs. */
    public static final CommunicationTokenScope CHAT = fromString("chat");
    /** Full access to the calling APIs. */
    public static final CommunicationTokenScope VOIP = fromString("voip");
    /** Chat, but without creating, deleting or changing chat threads. */
    public static final CommunicationTokenScope CHAT_JOIN = fromString("chat.join");
    /**
     * Like {@link #CHAT_JOIN}, and also without adding or removing participants: meant for callers that are not
     * fully trusted, such as guests.
     */
    public static final CommunicationTokenScope CHAT_JOIN_LIMITED = fromString("chat.join.limited");
    /** Calling, but without starting new calls. */
    public static final CommunicationTokenScope VOIP_JOIN = fromString("voip.join");

    // instances come from fromString (the base class creates them reflectively)
    private CommunicationTokenScope() {
    }

    /**
     * @param value the wire value, e.g. {@code chat.join}
     * @return the scope (a known constant, or a new value the service introduced); null for null
     */
    public static CommunicationTokenScope fromString(String value) {
        return fromString(value, CommunicationTokenScope.class);
    }

    /** @return the known scopes and any new ones seen so far */
    public static Collection<CommunicationTokenScope> values() {
        return values(CommunicationTokenScope.class);
    }
}
