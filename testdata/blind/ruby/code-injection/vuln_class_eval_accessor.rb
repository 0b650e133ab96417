# frozen_string_literal: true

class CustomFieldsController < ApplicationController
  def create
    field = params.require(:field_name)
    Contact.class_eval <<~RUBY # LABEL: CWE-95
      def #{field}
        custom_data["#{field}"]
      end
    RUBY
    redirect_to contacts_path
  end
end
