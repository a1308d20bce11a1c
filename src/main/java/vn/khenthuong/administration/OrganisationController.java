package vn.khenthuong.administration;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.Administrators;
import vn.khenthuong.security.CheckedBy;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Tổ chức", description = "Cây tổ chức: tỉnh, huyện (hoặc xã), đơn vị, cơ quan cấp tỉnh")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Danh sách tổ chức", description = "Toàn bộ cây tổ chức, mỗi tổ chức với mã tổ chức cấp trên.")
    List<Organisation> all() {
        return organisations.all();
    }

    @Schema(description = "Tổ chức mới", example = """
            {"code": "xaphongchau", "name": "UBND xã Phong Châu", "kind": "UNIT", "parentCode": "trungkhanh",
             "placeName": "Trùng Khánh"}""")
    record NewOrganisation(
            @NotBlank(message = "Mã tổ chức không được để trống")
            @Pattern(regexp = "[a-z0-9]{2,40}", message = "Mã tổ chức chỉ gồm chữ thường không dấu và chữ số, 2–40 ký tự")
            String code,
            @NotBlank(message = "Tên tổ chức không được để trống")
            @Size(max = 200, message = "Tên tổ chức dài tối đa 200 ký tự")
            String name,
            @NotNull(message = "Chọn loại tổ chức: PROVINCE, DISTRICT, COMMUNE, UNIT hoặc AGENCY") OrgKind kind,
            String parentCode,
            @Size(max = 100, message = "Tên địa danh dài tối đa 100 ký tự")
            String placeName) {
    }

    @PostMapping
    @CheckedBy(Administrators.class)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Thêm tổ chức (quản trị)", description = "Thêm một tổ chức vào cây cùng các nhóm Camunda "
            + "của các vai trò ở cấp đó; gán người dùng vào nhóm trong Camunda Admin.")
    Organisation register(@Valid @RequestBody NewOrganisation body) {
        if (organisations.find(body.code()).isPresent()) {
            throw Refusal.conflict("Đã có tổ chức mã " + body.code());
        }
        if (body.kind() != OrgKind.PROVINCE && body.parentCode() == null) {
            throw Refusal.invalid("parentCode", "Chưa chọn tổ chức cấp trên (parentCode)");
        }
        if (body.kind() != OrgKind.PROVINCE && organisations.find(body.parentCode()).isEmpty()) {
            throw Refusal.invalid("parentCode", "Không có tổ chức cấp trên mã " + body.parentCode());
        }
        return organisations.register(new Organisation(body.code(), CleanText.line(body.name()), body.kind(),
                body.kind() == OrgKind.PROVINCE ? null : body.parentCode(), CleanText.line(body.placeName())));
    }
}
