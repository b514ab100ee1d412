package org.perfeval.report;

import java.util.List;
import java.util.Optional;

/**
 * The report as an ordered list of blocks, built once by {@link ReportOutline} so that the Word and the PDF
 * rendering print the same outline and differ only in layout.
 *
 * @param title the document's title (the PDF's metadata; the cover prints its own copy)
 * @param watermark the mark across every page of a report not yet approved
 */
public record ReportDocument(String title, Optional<String> watermark, List<Block> blocks) {

    public ReportDocument {
        blocks = List.copyOf(blocks);
    }

    /** Lays out the blocks in order. */
    public void layOut(Block.Layout layout) {
        blocks.forEach(block -> block.layOut(layout));
    }

    /** The headings' texts in order, the report's navigation. */
    public List<String> headings() {
        return blocks.stream().filter(Block.Heading.class::isInstance).map(b -> ((Block.Heading) b).text()).toList();
    }
}
