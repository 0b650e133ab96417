class ProfilesController < ApplicationController
  def preview
    render html: helpers.bio_paragraph(params[:bio])
  end

  def quote
    render html: view_context.quote_block(params[:text])
  end
end
