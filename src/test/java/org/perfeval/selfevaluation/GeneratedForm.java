package org.perfeval.selfevaluation;

import java.util.List;
import java.util.Set;

/**
 * A form made by {@link FormGenerator}: the form as its unit filled it, how its worksheet is laid out,
 * the defects injected and the flags the desk review must raise for them (code and path, in the
 * review's order), and, when one was injected, the cell that makes it unreadable.
 *
 * @param unreadable null for a form that can be read
 */
public record GeneratedForm(SelfEvaluationForm form, SheetLayout layout, Set<Defect> defects, List<ExpectedFlag> expectedFlags,
                            UnreadableCell unreadable) {

    public GeneratedForm {
        defects = Set.copyOf(defects);
        expectedFlags = expectedFlags.stream().sorted().toList();
    }

    public boolean readable() {
        return unreadable == null;
    }

    /** The reference (F17) of the unreadable cell on this form's worksheet. */
    public String unreadableReference() {
        return SheetRenderer.render(this).unreadableReference();
    }
}
