package vn.khenthuong.statistics;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/**
 * {@code /thong-ke}: the year in numbers for the annual report, with charts, the Excel file and the PDF report
 * of the same figures. Every figure links to the awards behind it ({@link AwardListPage}).
 */
@Controller
@Page
class StatisticsPage {

    /** A scope in the filter, indented under the one above it. */
    record Choice(String code, String label) {
    }

    /** The period as the filter shows it: whole years in the year fields, other ranges in the date fields. */
    record PeriodFields(String fromYear, String toYear, String from, String to) {
        static PeriodFields of(Period p) {
            return p.wholeYears()
                    ? new PeriodFields(Integer.toString(p.from().getYear()), Integer.toString(p.to().getYear()), "", "")
                    : new PeriodFields("", "", p.from().toString(), p.to().toString());
        }
    }

    private final StatisticsRequests requests;
    private final StatisticsService statistics;

    StatisticsPage(StatisticsRequests requests, StatisticsService statistics) {
        this.requests = requests;
        this.statistics = statistics;
    }

    @GetMapping("/thong-ke")
    String page(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params,
            HttpServletRequest request, Model model) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        Selection selection = resolved.selection();
        StatisticsReport report = statistics.report(selection, resolved.tree());
        Charts charts = new Charts(request.getContextPath());
        model.addAttribute("report", report);
        model.addAttribute("problem", resolved.problem());
        model.addAttribute("choices", resolved.choices().stream().map(o -> choice(o, resolved.tree())).toList());
        model.addAttribute("movements", statistics.movements(selection));
        model.addAttribute("period", PeriodFields.of(selection.period()));
        model.addAttribute("scope", selection.scope().code());
        model.addAttribute("movement", selection.movement());
        model.addAttribute("title", report.title());
        model.addAttribute("previous", report.previousLabel());
        model.addAttribute("awardsByYear", charts.awardsByYear(report.years()));
        model.addAttribute("sharesByYear", charts.sharesByYear(report.years()));
        model.addAttribute("ranking", report.ranking().isEmpty() ? null : charts.ranking(report.ranking()));
        DrillDownLinks links = new DrillDownLinks(selection);
        model.addAttribute("xlsx", links.page("/thong-ke/xuat.xlsx"));
        model.addAttribute("pdf", links.page("/thong-ke/bao-cao.pdf"));
        return "thong-ke/tong-hop";
    }

    @GetMapping("/thong-ke/xuat.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        StatisticsReport report = statistics.report(resolved.selection(), resolved.tree());
        return Downloads.file(StatisticsWorkbook.write(report), Downloads.XLSX,
                Downloads.baseName("thong-ke", resolved.selection()) + ".xlsx");
    }

    @GetMapping("/thong-ke/bao-cao.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        StatisticsReport report = statistics.report(resolved.selection(), resolved.tree());
        byte[] pdf = AnnualReportPdf.render(report, ReportHeading.of(resolved.selection().scope(), resolved.tree()),
                VietnamTime.today());
        return Downloads.file(pdf, MediaType.APPLICATION_PDF, Downloads.baseName("bao-cao-tong-ket", resolved.selection()) + ".pdf");
    }

    private static Choice choice(Organisation org, OrganisationTree tree) {
        int depth = 0;
        for (Organisation o = org; o.parentCode() != null; o = tree.find(o.parentCode()).orElseThrow()) {
            depth++;
        }
        return new Choice(org.code(), "— ".repeat(depth) + org.name());
    }
}
