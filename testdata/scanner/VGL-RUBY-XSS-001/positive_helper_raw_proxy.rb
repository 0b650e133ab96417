class PagesController < ApplicationController
  def preview
    @msg = view_context.raw(params[:msg]) # vigil:expect VGL-RUBY-XSS-001
  end

  def note
    @note = helpers.raw(params[:note]) # vigil:expect VGL-RUBY-XSS-001
  end

  def box
    @box = helpers.content_tag(:div, params[:body].html_safe) # vigil:expect VGL-RUBY-XSS-001
  end
end
