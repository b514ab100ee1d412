package org.perfeval.security;

/**
 * The codes an organisation is known by: an agency's 统一社会信用代码 (18 characters with the check
 * character of GB 32100-2015) and a budget unit's 预算单位编码 (digits).
 */
public final class OrganisationCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private OrganisationCodes() {
    }

    /** Null when the code suits an organisation of this type; otherwise what is wrong with it. */
    public static String problem(OrganisationType type, String code) {
        if (code == null) {
            return null;
        }
        return switch (type) {
            case AGENCY -> validCreditCode(code) ? null
                    : "统一社会信用代码应为18位且校验位正确 (18-character unified social credit code with a valid check character)";
            case DEPARTMENT -> code.matches("[0-9]{3,20}") ? null : "预算单位编码应为3至20位数字 (3 to 20 digits)";
            case BUREAU -> code.matches("[0-9A-Za-z-]{1,40}") ? null : "编码只能包含字母、数字和连字符 (letters, digits and hyphens)";
        };
    }

    static boolean validCreditCode(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return code.charAt(17) == CHARSET.charAt(check);
    }
}
