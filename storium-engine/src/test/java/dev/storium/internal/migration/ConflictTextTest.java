package dev.storium.internal.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Splitting a file that git left with conflict markers back into its two sides. */
class ConflictTextTest {
    @Test
    void aTextWithoutMarkersHasNoSides() {
        assertThat(ConflictText.split("a\n=======\nb\n")).isEmpty();
        assertThat(ConflictText.hasMarkers("a\n<<<<<<< HEAD\n")).isTrue();
        assertThat(ConflictText.hasMarkers("a <<<<<<< b\n")).isFalse();
    }

    @Test
    void commonLinesGoToBothSidesAndEachHunkToItsSide() {
        String text = "one\n<<<<<<< HEAD\nours\n=======\ntheirs\nmore theirs\n>>>>>>> main\ntwo\n"
                + "<<<<<<< HEAD\n=======\nonly theirs\n>>>>>>> main\nthree";

        ConflictText sides = ConflictText.split(text).orElseThrow();

        assertThat(sides.ours()).isEqualTo("one\nours\ntwo\nthree");
        assertThat(sides.theirs()).isEqualTo("one\ntheirs\nmore theirs\ntwo\nonly theirs\nthree");
    }

    @Test
    void theDiff3BaseSectionIsDroppedAndLineEndingsKept() {
        String text = "a\r\n<<<<<<< HEAD\r\nours\r\n||||||| merged common ancestors\r\nbase\r\n=======\r\ntheirs\r\n"
                + ">>>>>>> main\r\n=======\r\n";

        ConflictText sides = ConflictText.split(text).orElseThrow();

        assertThat(sides.ours()).isEqualTo("a\r\nours\r\n=======\r\n");
        assertThat(sides.theirs()).isEqualTo("a\r\ntheirs\r\n=======\r\n");
    }

    @Test
    void markersOutOfPlaceAreRefusedByLine() {
        assertThatThrownBy(() -> ConflictText.split("<<<<<<< HEAD\nours\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a conflict hunk is not closed by a >>>>>>> line");
        assertThatThrownBy(() -> ConflictText.split("<<<<<<< HEAD\n<<<<<<< HEAD\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 2 holds a conflict marker out of place: <<<<<<< HEAD");
    }
}
