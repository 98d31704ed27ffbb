package io.github.acsnumbers.siprouting;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.acsnumbers.implementation.json.MergePatch;
import io.github.acsnumbers.siprouting.models.SipDomain;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;

import java.util.List;

/**
 * Builds the JSON merge-patch documents for PATCH /sip by hand: the generated models drop nulls, and a null trunk
 * or domain is how a deletion is written. Field order follows what the service's own SDKs send.
 */
final class SipPatchBodies {
    private SipPatchBodies() {
    }

    static JsonObject trunk(SipTrunk t) {
        JsonObject o = new JsonObject();
        o.addProperty("sipSignalingPort", t.getSipSignalingPort());
        if (t.getEnabled() != null) {
            o.addProperty("enabled", t.getEnabled());
        }
        if (t.getDirectTransfer() != null) {
            o.addProperty("directTransfer", t.getDirectTransfer());
        }
        if (t.getPrivacyHeader() != null) {
            o.addProperty("privacyHeader", t.getPrivacyHeader().toString());
        }
        if (t.getIpAddressVersion() != null) {
            o.addProperty("ipAddressVersion", t.getIpAddressVersion().toString());
        }
        return o;
    }

    static JsonObject route(SipTrunkRoute r) {
        JsonObject o = new JsonObject();
        if (r.getDescription() != null) {
            o.addProperty("description", r.getDescription());
        }
        o.addProperty("name", r.getName());
        o.addProperty("numberPattern", r.getNumberPattern());
        JsonArray trunks = new JsonArray();
        r.getTrunks().forEach(trunks::add);
        o.add("trunks", trunks);
        if (r.getCallerIdOverride() != null) {
            o.addProperty("callerIdOverride", r.getCallerIdOverride());
        }
        return o;
    }

    static JsonArray routes(List<SipTrunkRoute> routes) {
        JsonArray a = new JsonArray();
        routes.forEach(r -> a.add(route(r)));
        return a;
    }

    static JsonObject domain(SipDomain d) {
        JsonObject o = new JsonObject();
        o.addProperty("enabled", d.isEnabled());
        return o;
    }

    /** {"trunks":{fqdn:body,...,deleted:null}} style map entry helper. */
    static void putDeletion(JsonObject map, String key) {
        map.add(key, JsonNull.INSTANCE);
    }

    /** The exact text {@link MergePatch#body} sends: explicit nulls kept, no HTML escaping. */
    static String toJson(JsonElement e) {
        return MergePatch.toJson(e);
    }
}
