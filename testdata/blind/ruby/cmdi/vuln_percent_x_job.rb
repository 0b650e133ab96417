# frozen_string_literal: true

class PdfRenderJob < ApplicationJob
  queue_as :default

  def perform(document_id, options = {})
    document = Document.find(document_id)
    paper = options["paper"] || "A4"
    %x(wkhtmltopdf --page-size #{paper} #{document.html_path} #{document.pdf_path}) # LABEL: CWE-78
  end
end

class DocumentsController < ApplicationController
  def render_pdf
    PdfRenderJob.perform_later(params[:id].to_i, params.permit(:paper).to_h)
    head :accepted
  end
end
