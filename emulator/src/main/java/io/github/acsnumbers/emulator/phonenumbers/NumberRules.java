package io.github.acsnumbers.emulator.phonenumbers;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Whether a number is valid for its country and of a catalog number type, by Google's libphonenumber. */
final class NumberRules {

    private NumberRules() {
    }

    /**
     * @param e164    the number, {@code +} and digits
     * @param country ISO country code
     * @param type    {@code geographic}, {@code mobile} or {@code tollFree}
     * @return whether the number is valid in the country and of that type
     */
    static boolean valid(String e164, String country, String type) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber n;
        try {
            n = util.parse(e164, country);
        } catch (NumberParseException e) {
            return false;
        }
        if (!util.isValidNumberForRegion(n, country)) {
            return false;
        }
        PhoneNumberType t = util.getNumberType(n);
        return switch (type) {
            case "geographic" -> t == PhoneNumberType.FIXED_LINE || t == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            case "mobile" -> t == PhoneNumberType.MOBILE || t == PhoneNumberType.FIXED_LINE_OR_MOBILE;
            case "tollFree" -> t == PhoneNumberType.TOLL_FREE;
            default -> false;
        };
    }

    /**
     * @param e164 a number, {@code +} and digits
     * @return the ISO country libphonenumber assigns it to (for shared codes such as +1 the main country of the
     *         code when the number is valid in several), or {@code null}
     */
    static String region(String e164) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.getRegionCodeForNumber(util.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return null;
        }
    }
}
