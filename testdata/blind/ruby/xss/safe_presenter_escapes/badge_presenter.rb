# frozen_string_literal: true

# Builds the small HTML badge shown next to a username.
class BadgePresenter
  include ActionView::Helpers::TagHelper
  include ActionView::Helpers::OutputSafetyHelper

  def initialize(label)
    @label = label.to_s
  end

  def to_html
    safe_join([tag.span(@label, class: "badge"), tag.span("new", class: "dot")], " ")
  end
end
