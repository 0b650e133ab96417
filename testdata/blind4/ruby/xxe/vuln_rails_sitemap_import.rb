require "nokogiri"

class SitemapImporter
  def initialize(xml)
    @xml = xml
  end

  def urls
    doc = Nokogiri::XML(@xml) { |config| config.strict.noent.dtdload } # LABEL: CWE-611
    doc.remove_namespaces!
    doc.xpath("//url/loc").map { |loc| loc.text.strip }
  end
end

class SitemapsController < ApplicationController
  def create
    importer = SitemapImporter.new(params.require(:sitemap).read)
    current_site.pages.import_urls!(importer.urls)
    redirect_to site_pages_path, notice: "Sitemap imported"
  end
end
