package org.panicscope.talk;

import java.util.List;
import org.panicscope.course.Lesson;
import org.panicscope.engine.Verdict;

/**
 * A talk deck (format: docs/talks.md, schema: docs/talk.schema.json): an ordered list of slides, each a run of the
 * model shown in a prepared way, with notes only the speaker sees. What a slide states is computed by the engine
 * (its {@code verdict}, checked by a test and by {@code panicscope validate}) or quoted with its source.
 */
public record Talk(String id, String title, String author, List<Slide> slides, String origin) {
    public Talk { slides = List.copyOf(slides); }

    /**
     * Which x axis a slide's timeline uses: {@code CHOICE}, one column per choice (the default), or {@code TIME}, kernel
     * time, where a block is as wide as its step takes and the steps that take no time are ticks (the window's X key).
     */
    public enum Axis { CHOICE, TIME }

    /**
     * One slide.
     *
     * @param from    the first choice to show (0: the start)
     * @param to      the last choice to show, or -1 for the end of the run; the presenter keys step from
     *                {@code from} to {@code to} before moving to the next slide
     * @param zoom    timeline zoom, 1 = the range fits the width
     * @param panels  the panels shown (see {@link TalkLoader#PANELS}); the others are hidden
     * @param verdict the verdict the slide states, or null when it states none
     * @param qemu    show the patch author's QEMU measurements for the slide's configuration beside the trials
     */
    public record Slide(String title, Lesson.RunSpec run, int from, int to, int zoom, Axis axis, List<String> panels,
                        String notes, Verdict verdict, List<Lesson.Quote> quotes, boolean qemu) {
        public Slide {
            panels = List.copyOf(panels);
            quotes = List.copyOf(quotes);
        }
    }
}
