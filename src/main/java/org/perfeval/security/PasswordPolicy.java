package org.perfeval.security;

import java.util.Locale;
import java.util.Set;

/**
 * The strength rule for passwords people choose (the usual 等级保护 rule): 8 to 128 characters,
 * at least three of lower case, upper case, digits and other characters, not containing the user
 * name, and not one of the passwords every guesser tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password1!", "p@ssw0rd", "p@ssword1", "passw0rd!", "qwer1234!",
            "abc@1234", "admin@123", "admin123!", "1qaz@wsx", "1qaz2wsx#", "zaq1@wsx", "a123456!", "aa123456!",
            "qwe123!@#", "abcd1234!", "welcome1!", "demo1234!");

    private PasswordPolicy() {
    }

    /** Null when the password may be used by this user; otherwise the reason, in Chinese and English. */
    public static String problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少" + MIN_LENGTH + "个字符 (at least " + MIN_LENGTH + " characters)";
        }
        if (password.length() > MAX_LENGTH) {
            return "密码不能超过" + MAX_LENGTH + "个字符 (at most " + MAX_LENGTH + " characters)";
        }
        int classes = (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            return "密码须包含大写字母、小写字母、数字、特殊字符中的至少三类 (three of: upper case, lower case, digits, symbols)";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return "密码不能包含用户名 (must not contain the user name)";
        }
        if (COMMON.contains(lower)) {
            return "密码过于常见 (too common)";
        }
        return null;
    }
}
