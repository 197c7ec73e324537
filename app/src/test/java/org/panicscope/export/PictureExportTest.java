package org.panicscope.export;

import org.panicscope.engine.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.panicscope.recording.Tape;
import org.panicscope.recording.Comparison;
import org.panicscope.picture.Tone;
import org.panicscope.picture.Palette;
import org.panicscope.picture.TimelinePicture;
import org.panicscope.picture.AppTimeline;

class PictureExportTest {
    @TempDir Path dir;

    private static Tape record(String id, String config) {
        Scenario s = Scenarios.bundled(id);
        Config c = Config.parse(config);
        return Tape.replay(s, c, s.scheduleFor(c), true);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The {@code <g>} elements whose class is {@code role}. */
    private static List<Element> groups(Document d, String role) {
        List<Element> out = new ArrayList<>();
        NodeList l = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < l.getLength(); i++) {
            Element e = (Element) l.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(role)) out.add(e);
        }
        return out;
    }

    private static int count(Element e, String tag) {
        return e.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag).getLength();
    }

    @Test
    void svgOfARunInTheTimeStyleParsesAsXmlWithOneGroupPerCpuLane() throws Exception {
        Tape r = record("owner-halted", "BASE");
        Document d = parse(Exports.svg(Exports.Request.run(r, Exports.Format.SVG).withStyle(Exports.Style.TIME)));
        Element root = d.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertTrue(Double.parseDouble(root.getAttribute("height")) > 100);
        List<Element> lanes = groups(d, "lane");
        assertEquals(r.cpuCount(), lanes.size());
        assertEquals(List.of("lane-BASE-cpu0", "lane-BASE-cpu1"), lanes.stream().map(e -> e.getAttribute("id")).toList());
        for (Element lane : lanes) {
            assertTrue(count(lane, "rect") > 5, "a lane has its segments as rectangles");
            assertTrue(count(lane, "text") >= 2, "a lane has its CPU label");
        }
        // the deadlock: CPU0's last segment spins forever, CPU1's is halted, and the wait-for arrow is there
        assertTrue(lanes.get(0).getTextContent().contains("spins forever"), lanes.get(0).getTextContent());
        assertTrue(lanes.get(1).getTextContent().contains("halted"));
        Element arrows = groups(d, "arrows").getFirst();
        assertTrue(groups(d, "arrow").stream().anyMatch(a -> a.getAttribute("class").contains("wait-for")));
        assertTrue(count(arrows, "polygon") > 0, "arrows have heads");
    }

    @Test
    void svgOfARunInTheAppStyleIsTheAppsTimelineWithOneGroupPerCpuLane() throws Exception {
        Tape r = record("owner-halted", "BASE");
        Document d = parse(Exports.svg(Exports.Request.run(r, Exports.Format.SVG)));
        List<Element> lanes = groups(d, "lane");
        assertEquals(List.of("lane-BASE-cpu0", "lane-BASE-cpu1"), lanes.stream().map(e -> e.getAttribute("id")).toList());
        for (Element lane : lanes) assertTrue(count(lane, "rect") > 20, "the app draws a block per choice run");
        // the app's lane words (ui.timeline.LabelPainter): the spin and the halt
        assertTrue(lanes.get(0).getTextContent().contains("spin"), lanes.get(0).getTextContent());
        assertTrue(lanes.get(1).getTextContent().contains("HALTED by NMI"), lanes.get(1).getTextContent());
        // the app's ruler: choices and time; the cursor tag at the end of the run
        String all = d.getDocumentElement().getTextContent();
        assertTrue(all.contains("#" + r.entries().size()), "the position tag of the last choice");
        assertTrue(all.contains("SPIN console_waiter") && all.contains("HALTED at DRV2"), "the lane headers say what each CPU does");
    }

    @Test
    void svgOfAComparisonHasBothPanelsAndTheDivergence() throws Exception {
        Comparison c = Comparison.of(record("owner-halted", "BASE"), record("owner-halted", "FINAL"));
        for (Exports.Style style : Exports.Style.values()) {
            Document d = parse(Exports.svg(Exports.Request.comparison(c, Exports.Format.SVG).withStyle(style)));
            List<Element> lanes = groups(d, "lane");
            assertEquals(4, lanes.size(), style.toString());
            Set<String> ids = new HashSet<>();
            for (Element e : lanes) assertTrue(ids.add(e.getAttribute("id")), "lane ids are unique");
            assertTrue(ids.containsAll(List.of("lane-BASE-cpu0", "lane-BASE-cpu1", "lane-FINAL-cpu0", "lane-FINAL-cpu1")), ids.toString());
            assertEquals(2, groups(d, "panel").size());
            String text = d.getDocumentElement().getTextContent();
            assertTrue(style == Exports.Style.TIME ? text.contains("CTS3 vs CTS2")
                    : text.contains("first divergence: CTS3") && text.contains("first divergence: CTS2"), style + ": " + text);
            Node title = d.getDocumentElement().getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
            assertEquals("owner-halted: BASE vs FINAL", title.getTextContent());
        }
    }

    @Test
    void theAppsCurrentViewExportsAsSvgAndPng() throws Exception {
        Tape r = record("owner-halted", "BASE");
        var tape = r;
        var snap = AppTimeline.snapshot(tape, 300, true, -1, null);
        var view = AppTimeline.viewport(tape, 1000).withFirst(100);
        Path svg = dir.resolve("view.svg"), png = dir.resolve("view.png");
        Exports.writeView(snap, view, AppTimeline.FONT, Exports.Format.SVG, Palette.named("dark"), 1, svg, false, Progress.NONE);
        Document d = parse(Files.readString(svg));
        assertEquals(List.of("lane-cpu0", "lane-cpu1"), groups(d, "lane").stream().map(e -> e.getAttribute("id")).toList());
        assertTrue(d.getDocumentElement().getTextContent().contains("#300"), "the cursor at the view's position");
        assertTrue(d.getDocumentElement().getTextContent().contains("recorded future"), "the veiled rest of the run");
        Exports.writeView(snap, view, AppTimeline.FONT, Exports.Format.PNG, Palette.light(), 2, png, false, Progress.NONE);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(2000, img.getWidth());
        assertThrows(Exports.FileExists.class, () -> Exports.writeView(snap, view, AppTimeline.FONT, Exports.Format.PNG, Palette.light(), 2,
                png, false, Progress.NONE));
    }

    @Test
    void pngIsTheLogicalSizeTimesTheScale() {
        Tape r = record("owner-halted", "FINAL");
        Exports.Request req = Exports.Request.run(r, Exports.Format.PNG).with(new TimelinePicture.Options(1920, null, null, true)).withScale(2);
        BufferedImage img = Exports.png(req);
        assertEquals(3840, img.getWidth(), "1920 logical pixels at scale 2: a 4K projector's width");
        BufferedImage one = Exports.png(req.withScale(1));
        assertEquals(1920, one.getWidth());
        assertEquals(one.getHeight() * 2, img.getHeight(), 1);
        assertEquals(Palette.light().rgb(Tone.BACKGROUND), img.getRGB(1, 1) & 0xffffff);
    }

    @Test
    void gifHasOneFramePerTimeUnitPlusTheFinalPictureAndLoops() throws Exception {
        Tape r = record("owner-halted", "FINAL");
        Exports.Request req = Exports.Request.run(r, Exports.Format.GIF).with(new TimelinePicture.Options(480, null, null, false)).withScale(1);
        Path out = dir.resolve("final.gif");
        int written = Exports.write(req, out, false, Progress.NONE);
        long expected = r.end() + 1;
        assertEquals(expected, written);
        try (ImageInputStream in = ImageIO.createImageInputStream(out.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(expected, reader.getNumImages(true));
            IIOMetadata m = reader.getImageMetadata(0);
            Node tree = m.getAsTree(m.getNativeMetadataFormatName());
            assertTrue(find(tree, "ApplicationExtension", "applicationID", "NETSCAPE"), "loops (NETSCAPE2.0 extension)");
            IIOMetadata last = reader.getImageMetadata((int) expected - 1);
            assertTrue(find(last.getAsTree(last.getNativeMetadataFormatName()), "GraphicControlExtension", "delayTime", "400"),
                    "the final picture is held for 4 s");
        }
    }

    @Test
    void perStepFramesFollowTheChoicesAndAFolderOfFramesIsNumbered() throws Exception {
        Scenario s = Scenarios.bundled("owner-halted");
        Tape r = Tape.replay(s, Config.parse("FINAL"), org.panicscope.engine.Schedule.parse("1@DRV2"), true,
                new org.panicscope.engine.Budget(40, org.panicscope.engine.Budget.Heap.RUNTIME), Progress.NONE);
        Exports.Request req = Exports.Request.run(r, Exports.Format.FRAMES).with(new TimelinePicture.Options(400, null, null, false))
                .withScale(1).withFrames(Exports.FrameStep.STEP, 50);
        Path out = dir.resolve("frames");
        int n = Exports.write(req, out, false, Progress.NONE);
        assertEquals(r.entries().size() + 1, n);
        try (var files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(n, names.size());
            assertEquals("frame-0001.png", names.getFirst());
            assertEquals(String.format("frame-%04d.png", n), names.getLast());
        }
        assertThrows(Exports.FileExists.class, () -> Exports.write(req, out, false, Progress.NONE));
    }

    @Test
    void anExistingFileIsNeverReplacedWithoutForce() throws Exception {
        Tape r = record("owner-halted", "FINAL");
        Path out = dir.resolve("run.svg");
        Files.writeString(out, "keep me");
        Exports.Request req = Exports.Request.run(r, Exports.Format.SVG);
        Exports.FileExists e = assertThrows(Exports.FileExists.class, () -> Exports.write(req, out, false, Progress.NONE));
        assertTrue(e.getMessage().contains("--force"));
        assertEquals("keep me", Files.readString(out));
        Exports.write(req, out, true, Progress.NONE);
        assertTrue(Files.readString(out).startsWith("<?xml"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() {
        Tape r = record("owner-halted", "FINAL");
        Path out = dir.resolve("cancelled.gif");
        Progress cancel = new Progress() {
            @Override public boolean cancelled() { return true; }
        };
        Exports.Request req = Exports.Request.run(r, Exports.Format.GIF).with(new TimelinePicture.Options(400, null, null, false)).withScale(1);
        assertThrows(java.util.concurrent.CancellationException.class, () -> Exports.write(req, out, false, cancel));
        assertFalse(Files.exists(out));
    }

    private static boolean find(Node n, String name, String attr, String value) {
        if (n.getNodeName().equals(name) && n.getAttributes() != null && n.getAttributes().getNamedItem(attr) != null
                && value.equals(n.getAttributes().getNamedItem(attr).getNodeValue())) return true;
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) if (find(c, name, attr, value)) return true;
        return false;
    }
}
