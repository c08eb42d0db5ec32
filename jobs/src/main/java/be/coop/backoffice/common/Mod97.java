package be.coop.backoffice.common;

import java.math.BigInteger;

/** The modulo-97 arithmetic behind Belgian check digits and IBANs. */
final class Mod97 {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Mod97() {
    }

    /** Remainder of a decimal number of any length, given as digits. */
    static int remainder(String digits) {
        int r = 0;
        for (int i = 0; i < digits.length(); i++) {
            r = (r * 10 + (digits.charAt(i) - '0')) % 97;
        }
        return r;
    }

    static int remainder(BigInteger n) {
        return n.mod(NINETY_SEVEN).intValue();
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
