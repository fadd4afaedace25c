package org.cloture.report.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Locale;
import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Makes every chart of the report readable in black and white: grey levels far apart, a dark outline between
 * slices and around bars, values written on the chart, white background, no shadow nor gradient. Every text
 * uses DejaVu Sans, taken from the font extension, so that the PDF embeds it (PDF/A) and JFreeChart measures
 * the glyphs it prints. Named in ActivityReport.jrxml as each chart's customizer.
 */
public final class MonochromeChartCustomizer implements JRChartCustomizer {

    /** Slice and series fills, from dark to light, alternating so that neighbours differ strongly. */
    static final Color[] GREYS = {new Color(0x33, 0x33, 0x33), new Color(0xBB, 0xBB, 0xBB), new Color(0x77, 0x77, 0x77),
            new Color(0xEE, 0xEE, 0xEE), new Color(0x55, 0x55, 0x55), new Color(0x99, 0x99, 0x99),
            new Color(0xDD, 0xDD, 0xDD)};
    private static final Color INK = new Color(0x22, 0x22, 0x22);

    @Override
    public void customize(JFreeChart chart, JRChart jasperChart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(Font.PLAIN, 8));
            legend.setItemPaint(INK);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setNoDataMessageFont(font(Font.ITALIC, 9));
        if (plot instanceof PiePlot<?> pie) {
            pie(pie);
        } else if (plot instanceof CategoryPlot category) {
            bars(category);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void pie(PiePlot pie) {
        pie.setShadowPaint(null);
        pie.setSectionOutlinesVisible(true);
        pie.setDefaultSectionOutlinePaint(INK);
        pie.setDefaultSectionOutlineStroke(new BasicStroke(0.8f));
        pie.setLabelFont(font(Font.PLAIN, 8));
        pie.setLabelPaint(INK);
        pie.setLabelBackgroundPaint(Color.WHITE);
        pie.setLabelOutlinePaint(null);
        pie.setLabelShadowPaint(null);
        pie.setLabelLinkPaint(INK);
        pie.setLabelLinkStroke(new BasicStroke(0.5f));
        pie.setInteriorGap(0.02);
        pie.setLabelGap(0.02);
        pie.setMaximumLabelWidth(0.30);
        pie.setCircular(true);
        for (int i = 0; i < pie.getDataset().getItemCount(); i++) {
            pie.setSectionPaint(pie.getDataset().getKey(i), GREYS[i % GREYS.length]);
        }
    }

    private static void bars(CategoryPlot plot) {
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        CategoryAxis domain = plot.getDomainAxis();
        domain.setTickLabelFont(font(Font.PLAIN, 8));
        domain.setTickLabelPaint(INK);
        domain.setLabelFont(font(Font.PLAIN, 8));
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        domain.setMaximumCategoryLabelLines(2);
        domain.setAxisLinePaint(INK);
        ValueAxis range = plot.getRangeAxis();
        range.setTickLabelFont(font(Font.PLAIN, 7));
        range.setTickLabelPaint(INK);
        range.setLabelFont(font(Font.PLAIN, 8));
        range.setAxisLinePaint(INK);
        if (range instanceof NumberAxis number) {
            // French grouping (narrow no-break space) on the axis, as in the tables.
            java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.FRANCE);
            symbols.setGroupingSeparator('\u202F');
            number.setNumberFormatOverride(new java.text.DecimalFormat("#,##0", symbols));
            number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            number.setUpperMargin(0.15);
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(true);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
            for (int series = 0; series < Math.max(1, plot.getDataset().getRowCount()); series++) {
                Paint fill = plot.getDataset().getRowCount() == 1 ? GREYS[2] : GREYS[series % GREYS.length];
                bars.setSeriesPaint(series, fill);
                bars.setSeriesOutlinePaint(series, INK);
                bars.setSeriesOutlineStroke(series, new BasicStroke(0.6f));
            }
            bars.setDefaultItemLabelFont(font(Font.PLAIN, 7));
            bars.setDefaultItemLabelPaint(INK);
            bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                    TextAnchor.BOTTOM_CENTER));
            if (plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
                bars.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                        TextAnchor.CENTER_LEFT));
            }
        }
        plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    }

    /** DejaVu Sans from the font extension, so that metrics and the embedded font agree. */
    private static Font font(int style, float size) {
        Font font = FontUtil.getInstance(DefaultJasperReportsContext.getInstance())
                .getAwtFontFromBundles("DejaVu Sans", style, size, Locale.FRANCE, true);
        return font != null ? font : new Font("DejaVu Sans", style, Math.round(size));
    }
}
