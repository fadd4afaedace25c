package org.cloture.figures;

import java.util.List;

/**
 * What a member association's own closing gave the network: its row of figures, or, when its closing has
 * blocking findings, those findings (in French, each with its place) and no figures.
 *
 * @param counts   the member's row; {@link NetworkCounts#toBeCorrected()} when blocking findings remain
 * @param blocking the blocking findings of the member's closing, empty when it is counted
 */
public record MemberClosingResult(NetworkCounts counts, List<String> blocking) {

    public MemberClosingResult {
        blocking = List.copyOf(blocking);
    }

    public static MemberClosingResult closed(NetworkCounts counts) {
        return new MemberClosingResult(counts, List.of());
    }

    public static MemberClosingResult toCorrect(List<String> blocking) {
        return new MemberClosingResult(NetworkCounts.toBeCorrected(), blocking);
    }

    public boolean counted() {
        return counts.toCorrect() == 0;
    }
}
