package org.perfeval.evaluation;

/**
 * The document an evaluation is commissioned under (the bureau's 实施方案 or notice), cited by the report's
 * 摘要: its title without the outer 书名号 (the report adds them) and its 文号, which may be absent.
 */
public record CommissionBasis(String title, String number) {

    public CommissionBasis {
        title = titleOf(title);
        if (title.isEmpty()) {
            throw new IllegalArgumentException("basis title required");
        }
        number = number == null || number.isBlank() ? null : number.strip();
    }

    /**
     * The title as the report cites it inside 《》: without outer 书名号, and a title quoted inside it in 〈〉
     * (关于印发〈…实施方案〉的通知); empty when nothing is left, which the web edge refuses naming the field.
     */
    public static String titleOf(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("《") && t.endsWith("》") && t.length() >= 2) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.replace('《', '〈').replace('》', '〉');
    }
}
