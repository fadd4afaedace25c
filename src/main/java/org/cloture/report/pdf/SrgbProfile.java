package org.cloture.report.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.repo.InputStreamResource;
import net.sf.jasperreports.repo.RepositoryService;
import net.sf.jasperreports.repo.Resource;

/**
 * The sRGB colour profile of PDF/A's output intent, taken from the Java runtime (the {@link ColorSpace#CS_sRGB}
 * profile every JDK ships) rather than from a file of uncertain licence in the repository. JasperReports reads
 * the profile through its repository: this service answers for one location, {@link #LOCATION}, and leaves
 * every other one (the fonts of the font extensions...) to the default services.
 */
final class SrgbProfile implements RepositoryService {

    static final String LOCATION = "cloture:sRGB.icc";

    private static final byte[] PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** A JasperReports context whose repository also knows {@link #LOCATION}. */
    static JasperReportsContext context() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        List<RepositoryService> services = new ArrayList<>();
        services.add(new SrgbProfile());
        services.addAll(DefaultJasperReportsContext.getInstance().getExtensions(RepositoryService.class));
        context.setExtensions(RepositoryService.class, services);
        return context;
    }

    @Override
    public Resource getResource(String uri) {
        return getResource(uri, InputStreamResource.class);
    }

    @Override
    public void saveResource(String uri, Resource resource) {
        throw new UnsupportedOperationException("read-only");
    }

    @Override
    public <K extends Resource> K getResource(String uri, Class<K> resourceType) {
        if (!LOCATION.equals(uri) || !resourceType.isAssignableFrom(InputStreamResource.class)) {
            return null;
        }
        InputStreamResource resource = new InputStreamResource();
        resource.setInputStream(new ByteArrayInputStream(PROFILE));
        return resourceType.cast(resource);
    }
}
