class PagesController < ApplicationController
  # Liquid templates are sandboxed: they reach only the drops and filters
  # given to render, never Ruby methods.
  def preview
    template = Liquid::Template.parse(params[:body])
    render html: template.render("shop" => current_shop.to_liquid)
  end
end
