class EmailTemplatePreview
  ROOT = Rails.root.join("app", "views", "mailer_templates").to_s

  def initialize(name)
    @name = name.to_s
  end

  def body
    raise ArgumentError, "absolute paths are not allowed" if @name.start_with?("/")
    raise ArgumentError, "bad name" if @name.start_with?("..")

    File.read(File.join(ROOT, @name)) # LABEL: CWE-22
  end
end

class Admin::TemplatePreviewsController < Admin::BaseController
  def show
    preview = EmailTemplatePreview.new(params[:template])
    render plain: preview.body
  rescue ArgumentError, Errno::ENOENT
    head :not_found
  end
end
