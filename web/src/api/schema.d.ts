// Generated from the server routes by `npm run api:generate`. Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                email: string;
                                roles: string[];
                                mfaEnabled: boolean;
                            };
                            mfaEnrollmentRequired: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                email: string;
                                roles: string[];
                                mfaEnabled: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUri: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        expiresInMinutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            npi: string;
                            taxId: string;
                            taxonomy: string;
                            facilityType: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            };
                            phone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @description National Provider Identifier; its check digit is verified.
                         * @example 1234567893
                         */
                        npi: string;
                        /** @example 12-3456789 */
                        taxId: string;
                        /** @example 261QM0801X */
                        taxonomy: string;
                        /** @enum {unknown} */
                        facilityType: "hospital_outpatient" | "cmhc" | "freestanding";
                        address: {
                            line1: string;
                            line2?: string;
                            city: string;
                            state: string;
                            postalCode: string;
                        };
                        /** @example (555) 123-4567 */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            npi: string;
                            taxId: string;
                            taxonomy: string;
                            facilityType: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            };
                            phone: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                timeZone: string;
                                address: {
                                    line1: string;
                                    line2?: string;
                                    city: string;
                                    state: string;
                                    postalCode: string;
                                };
                                placeOfService: string;
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @example America/New_York */
                        timeZone: string;
                        address: {
                            line1: string;
                            line2?: string;
                            city: string;
                            state: string;
                            postalCode: string;
                        };
                        /**
                         * @example 11
                         * @example 22
                         * @example 52
                         * @example 53
                         */
                        placeOfService: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            };
                            placeOfService: string;
                            active: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @example America/New_York */
                        timeZone?: string;
                        address?: {
                            line1: string;
                            line2?: string;
                            city: string;
                            state: string;
                            postalCode: string;
                        };
                        /**
                         * @example 11
                         * @example 22
                         * @example 52
                         * @example 53
                         */
                        placeOfService?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            timeZone: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            };
                            placeOfService: string;
                            active: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    siteId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                siteId: string;
                                name: string;
                                capacity: number;
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        siteId: string;
                        name: string;
                        capacity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rooms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            siteId: string;
                            name: string;
                            capacity: number;
                            active: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        capacity?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            siteId: string;
                            name: string;
                            capacity: number;
                            active: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    role?: "admin" | "program_director" | "psychiatrist" | "nurse_practitioner" | "therapist" | "nurse" | "case_manager" | "peer_specialist" | "front_desk" | "biller" | "auditor";
                    active?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                email: string;
                                roles: string[];
                                active: boolean;
                                credentials: string | null;
                                npi: string | null;
                                taxonomy: string | null;
                                supervisorId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            given: string;
                            family: string;
                        };
                        /** Format: email */
                        email: string;
                        roles: ("admin" | "program_director" | "psychiatrist" | "nurse_practitioner" | "therapist" | "nurse" | "case_manager" | "peer_specialist" | "front_desk" | "biller" | "auditor")[];
                        password?: string;
                        /** @example LCSW */
                        credentials?: string;
                        /**
                         * @description National Provider Identifier; its check digit is verified.
                         * @example 1234567893
                         */
                        npi?: string;
                        /** @example 261QM0801X */
                        taxonomy?: string;
                        /** Format: uuid */
                        supervisorId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            temporaryPassword?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                given: string;
                                family: string;
                            };
                            email: string;
                            roles: string[];
                            active: boolean;
                            credentials: string | null;
                            npi: string | null;
                            taxonomy: string | null;
                            supervisorId: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        credentials?: string | null;
                        npi?: string | null;
                        taxonomy?: string | null;
                        supervisorId?: string | null;
                        roles?: ("admin" | "program_director" | "psychiatrist" | "nurse_practitioner" | "therapist" | "nurse" | "case_manager" | "peer_specialist" | "front_desk" | "biller" | "auditor")[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: {
                                given: string;
                                family: string;
                            };
                            email: string;
                            roles: string[];
                            active: boolean;
                            credentials: string | null;
                            npi: string | null;
                            taxonomy: string | null;
                            supervisorId: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/payers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                payerId: string;
                                template: string;
                                claimFormat: string;
                                rules: {
                                    [key: string]: unknown;
                                };
                                rulesVersion: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @example 00431
                         * @example BCBSIL
                         */
                        payerId: string;
                        /**
                         * @description One of medicare_institutional, commercial_professional, commercial_per_diem.
                         * @example medicare_institutional
                         * @example commercial_professional
                         * @example commercial_per_diem
                         */
                        template: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            payerId: string;
                            template: string;
                            claimFormat: string;
                            rules: {
                                [key: string]: unknown;
                            };
                            rulesVersion: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            payerId: string;
                            template: string;
                            claimFormat: string;
                            rules: {
                                [key: string]: unknown;
                            };
                            rulesVersion: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payers/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description The whole rule pack; its shape is the template's (see GET /api/payer-templates). */
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            payerId: string;
                            template: string;
                            claimFormat: string;
                            rules: {
                                [key: string]: unknown;
                            };
                            rulesVersion: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payers/{id}/rules/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                version: number;
                                rules: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payer-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                template: string;
                                claimFormat: string;
                                defaults: {
                                    [key: string]: unknown;
                                };
                                /** @description JSON Schema of the rule pack. */
                                schema: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    siteId?: string;
                    active?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                siteId: string;
                                levelOfCare: string;
                                population: string;
                                minHoursPerWeek: number;
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: uuid */
                        siteId: string;
                        /** @enum {unknown} */
                        levelOfCare: "IOP" | "PHP";
                        /** @enum {unknown} */
                        population: "mental_health" | "substance_use" | "co_occurring";
                        minHoursPerWeek: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            siteId: string;
                            levelOfCare: string;
                            population: string;
                            minHoursPerWeek: number;
                            active: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: uuid */
                        siteId?: string;
                        /** @enum {unknown} */
                        levelOfCare?: "IOP" | "PHP";
                        /** @enum {unknown} */
                        population?: "mental_health" | "substance_use" | "co_occurring";
                        minHoursPerWeek?: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            siteId: string;
                            levelOfCare: string;
                            population: string;
                            minHoursPerWeek: number;
                            active: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/programs/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                roles: string[];
                                credentials: string | null;
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        staffIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                roles: string[];
                                credentials: string | null;
                                active: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patientId: string;
                        /** Format: uuid */
                        programId: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        admitDate: string;
                        /** Format: uuid */
                        attendingStaffId: string;
                        diagnoses: {
                            code: string;
                            /** @default false */
                            principal?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/episodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            programId: string;
                            programName: string;
                            /** @description The latest entry of the level-of-care history. */
                            levelOfCare: string;
                            admitDate: string;
                            dischargeDate: string | null;
                            disposition: string | null;
                            attendingStaffId: string;
                            diagnoses: {
                                code: string;
                                principal: boolean;
                            }[];
                            dispositionNote: string | null;
                            levelOfCareHistory: {
                                levelOfCare: string;
                                effectiveDate: string;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/episodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                patientId: string;
                                programId: string;
                                programName: string;
                                /** @description The latest entry of the level-of-care history. */
                                levelOfCare: string;
                                admitDate: string;
                                dischargeDate: string | null;
                                disposition: string | null;
                                attendingStaffId: string;
                                diagnoses: {
                                    code: string;
                                    principal: boolean;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/episodes/{id}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        date: string;
                        /** @enum {unknown} */
                        disposition: "completed" | "transferred" | "against_advice" | "administrative" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            programId: string;
                            programName: string;
                            /** @description The latest entry of the level-of-care history. */
                            levelOfCare: string;
                            admitDate: string;
                            dischargeDate: string | null;
                            disposition: string | null;
                            attendingStaffId: string;
                            diagnoses: {
                                code: string;
                                principal: boolean;
                            }[];
                            dispositionNote: string | null;
                            levelOfCareHistory: {
                                levelOfCare: string;
                                effectiveDate: string;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/episodes/{id}/level-of-care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        levelOfCare: "IOP" | "PHP";
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        effectiveDate: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            programId: string;
                            programName: string;
                            /** @description The latest entry of the level-of-care history. */
                            levelOfCare: string;
                            admitDate: string;
                            dischargeDate: string | null;
                            disposition: string | null;
                            attendingStaffId: string;
                            diagnoses: {
                                code: string;
                                principal: boolean;
                            }[];
                            dispositionNote: string | null;
                            levelOfCareHistory: {
                                levelOfCare: string;
                                effectiveDate: string;
                                reason: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description An MRN, a birth date (YYYY-MM-DD or MM/DD/YYYY) or name beginnings, e.g. "ruiz ana". */
                    query?: string;
                    sort?: "name" | "birthDate" | "mrn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                mrn: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                birthDate: string;
                                sex: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: {
                            given: string;
                            family: string;
                        };
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        birthDate: string;
                        /**
                         * @description Administrative sex (X12 DMG03): F, M or U (unknown).
                         * @enum {unknown}
                         */
                        sex: "F" | "M" | "U";
                        address?: {
                            line1: string;
                            line2?: string;
                            city: string;
                            state: string;
                            postalCode: string;
                        };
                        /**
                         * @example (555) 123-4567
                         * @example +44 20 7946 0958
                         */
                        phone?: string;
                        /** Format: email */
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            mrn: string;
                            possibleDuplicates: {
                                id: string;
                                mrn: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                birthDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    given: string;
                    family: string;
                    /** @example 2026-01-05 */
                    birthDate: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                mrn: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                birthDate: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            mrn: string;
                            name: {
                                given: string;
                                family: string;
                            };
                            birthDate: string;
                            sex: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            } | null;
                            phone: string | null;
                            email: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            coverages: {
                                id: string;
                                payerId: string;
                                payerName: string;
                                memberId: string;
                                priority: number;
                                relationship: string;
                                subscriber: {
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    birthDate?: string;
                                    /**
                                     * @description Administrative sex (X12 DMG03): F, M or U (unknown).
                                     * @enum {unknown}
                                     */
                                    sex?: "F" | "M" | "U";
                                    memberId?: string;
                                } | null;
                                startDate: string | null;
                                endDate: string | null;
                            }[];
                            activeEpisodes: {
                                id: string;
                                programId: string;
                                programName: string;
                                levelOfCare: string;
                                admitDate: string;
                                dischargeDate: string | null;
                                attendingStaffId: string;
                                diagnoses: {
                                    code: string;
                                    principal: boolean;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: {
                            given: string;
                            family: string;
                        };
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        birthDate?: string;
                        /**
                         * @description Administrative sex (X12 DMG03): F, M or U (unknown).
                         * @enum {unknown}
                         */
                        sex?: "F" | "M" | "U";
                        address?: {
                            line1: string;
                            line2?: string;
                            city: string;
                            state: string;
                            postalCode: string;
                        } | null;
                        phone?: string | null;
                        email?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            mrn: string;
                            name: {
                                given: string;
                                family: string;
                            };
                            birthDate: string;
                            sex: string;
                            address: {
                                line1: string;
                                line2?: string;
                                city: string;
                                state: string;
                                postalCode: string;
                            } | null;
                            phone: string | null;
                            email: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/patients/{id}/coverages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                payerId: string;
                                payerName: string;
                                memberId: string;
                                priority: number;
                                relationship: string;
                                subscriber: {
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    birthDate?: string;
                                    /**
                                     * @description Administrative sex (X12 DMG03): F, M or U (unknown).
                                     * @enum {unknown}
                                     */
                                    sex?: "F" | "M" | "U";
                                    memberId?: string;
                                } | null;
                                startDate: string | null;
                                endDate: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        payerId: string;
                        memberId: string;
                        /** @description 1 primary, 2 secondary, 3 tertiary. */
                        priority: number;
                        /**
                         * @description The patient's relationship to the subscriber.
                         * @enum {unknown}
                         */
                        relationship: "self" | "spouse" | "child" | "other";
                        subscriber?: {
                            name: {
                                given: string;
                                family: string;
                            };
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            birthDate?: string;
                            /**
                             * @description Administrative sex (X12 DMG03): F, M or U (unknown).
                             * @enum {unknown}
                             */
                            sex?: "F" | "M" | "U";
                            memberId?: string;
                        };
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        startDate?: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        endDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/authorizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                coverageId: string;
                                number: string;
                                levelOfCare: string;
                                startDate: string;
                                endDate: string;
                                units: number;
                                unitType: string;
                                used: number;
                                remaining: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        coverageId: string;
                        /** @description The payer's authorization number (X12 837 REF*G1). */
                        number: string;
                        /** @enum {unknown} */
                        levelOfCare: "IOP" | "PHP";
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        endDate: string;
                        units: number;
                        /** @enum {unknown} */
                        unitType: "days" | "sessions" | "hours";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    programId?: string;
                    active?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                programId: string;
                                name: string;
                                kind: string;
                                capacity: number;
                                roomId: string;
                                timeZone: string;
                                active: boolean;
                                facilitators: {
                                    staffId: string;
                                    role: string;
                                }[];
                                schedule: {
                                    startDate: string;
                                    endDate: string | null;
                                    rrule: string;
                                    startTime: string;
                                    durationMinutes: number;
                                    roomId: string;
                                };
                                enrolledCount: number;
                                waitlistCount: number;
                                approachingCapacity: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        programId: string;
                        name: string;
                        /** @enum {unknown} */
                        kind: "group_psychotherapy" | "psychoeducation" | "skills" | "activity_therapy";
                        capacity: number;
                        /** Format: uuid */
                        roomId: string;
                        facilitators: {
                            /** Format: uuid */
                            staffId: string;
                            /** @enum {unknown} */
                            role: "lead" | "co" | "peer" | "trainee" | "supervisor";
                        }[];
                        schedule: {
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            startDate: string;
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            endDate?: string;
                            /** @example FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR */
                            rrule: string;
                            /** @example 09:00 */
                            startTime: string;
                            durationMinutes: number;
                        };
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programId: string;
                            name: string;
                            kind: string;
                            capacity: number;
                            roomId: string;
                            timeZone: string;
                            active: boolean;
                            facilitators: {
                                staffId: string;
                                role: string;
                            }[];
                            schedule: {
                                startDate: string;
                                endDate: string | null;
                                rrule: string;
                                startTime: string;
                                durationMinutes: number;
                                roomId: string;
                            };
                            enrolledCount: number;
                            waitlistCount: number;
                            approachingCapacity: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        capacity?: number;
                        active?: boolean;
                        facilitators?: {
                            /** Format: uuid */
                            staffId: string;
                            /** @enum {unknown} */
                            role: "lead" | "co" | "peer" | "trainee" | "supervisor";
                        }[];
                        schedule?: {
                            /** @example FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR */
                            rrule?: string;
                            /** @example 09:00 */
                            startTime?: string;
                            durationMinutes?: number;
                            /** Format: uuid */
                            roomId?: string;
                            endDate?: string | null;
                        };
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        effectiveFrom?: string;
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            programId: string;
                            name: string;
                            kind: string;
                            capacity: number;
                            roomId: string;
                            timeZone: string;
                            active: boolean;
                            facilitators: {
                                staffId: string;
                                role: string;
                            }[];
                            schedule: {
                                startDate: string;
                                endDate: string | null;
                                rrule: string;
                                startTime: string;
                                durationMinutes: number;
                                roomId: string;
                            };
                            enrolledCount: number;
                            waitlistCount: number;
                            approachingCapacity: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/groups/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @example 2026-01-05 */
                    from: string;
                    /** @example 2026-01-05 */
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                status: string;
                                roomId: string | null;
                                occurrenceDate: string | null;
                                edited: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                mrn: string;
                                startDate: string;
                                endDate: string | null;
                                status: "active" | "waitlisted" | "withdrawn";
                                waitlistPosition: number | null;
                                /** Format: date-time */
                                requestedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patientId: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        endDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: "active" | "waitlisted";
                            waitlistPosition?: number;
                            warnings: {
                                code: string;
                                message: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        endDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            startDate: string;
                            endDate: string | null;
                            promoted: {
                                enrollmentId: string;
                                patientId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enrollments/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            status: string;
                            startDate: string;
                            endDate: string | null;
                            promoted: {
                                enrollmentId: string;
                                patientId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/programs/{id}/bulk-enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        groupIds: string[];
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        startDate: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        endDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            results: {
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                groupId: string;
                                outcome: "enrolled" | "waitlisted" | "skipped";
                                reason?: string;
                                enrollmentId?: string;
                                waitlistPosition?: number;
                            }[];
                            counts: {
                                enrolled: number;
                                waitlisted: number;
                                skipped: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/groups/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @example 2026-01-05 */
                    from: string;
                    /** @example 2026-01-05 */
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                sessionId: string;
                                date: string;
                                /** Format: date-time */
                                startsAt: string;
                                status: string;
                                members: {
                                    patientId: string;
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                }[];
                                openReviews: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    groupId?: string;
                    status?: "open" | "resolved";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                sessionId: string;
                                groupId: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                change: "added" | "removed";
                                /** Format: date-time */
                                createdAt: string;
                                resolvedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roster-reviews/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            sessionId: string;
                            groupId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            patientId: string;
                            name: {
                                given: string;
                                family: string;
                            };
                            change: "added" | "removed";
                            /** Format: date-time */
                            createdAt: string;
                            resolvedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @example 2026-01-05 */
                    from: string;
                    /** @example 2026-01-05 */
                    to: string;
                    roomId?: string;
                    staffId?: string;
                    programId?: string;
                    patientId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                groupId: string | null;
                                groupName: string | null;
                                kind: string;
                                programId: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                endsAt: string;
                                timeZone: string;
                                status: string;
                                roomId: string | null;
                                roomName: string | null;
                                edited: boolean;
                                facilitators: {
                                    staffId: string;
                                    role: string;
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                }[];
                                patient: {
                                    id: string;
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                } | null;
                                expectedCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        kind: "individual_therapy" | "family_therapy" | "psychiatric_evaluation" | "medication_management";
                        /** Format: uuid */
                        patientId: string;
                        /** Format: uuid */
                        staffId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-09T09:00:00-04:00
                         */
                        startsAt: string;
                        durationMinutes: number;
                        /** Format: uuid */
                        roomId?: string;
                        /** @enum {unknown} */
                        modality: "in_person" | "telehealth_video" | "telehealth_audio";
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            warnings: {
                                code: string;
                                message: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            groupId: string | null;
                            groupName: string | null;
                            kind: string;
                            programId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timeZone: string;
                            status: string;
                            roomId: string | null;
                            roomName: string | null;
                            edited: boolean;
                            facilitators: {
                                staffId: string;
                                role: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                            }[];
                            cancelReason: string | null;
                            modality: string | null;
                            roster: {
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                attendance: {
                                    status: string;
                                    minutesAttended: number;
                                    modality: string;
                                } | null;
                            }[];
                            openReviews: number;
                            warnings?: {
                                code: string;
                                message: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @example 2026-03-09T09:00:00-04:00
                         */
                        startsAt?: string;
                        durationMinutes?: number;
                        roomId?: string | null;
                        facilitators?: {
                            /** Format: uuid */
                            staffId: string;
                            /** @enum {unknown} */
                            role: "lead" | "co" | "peer" | "trainee" | "supervisor";
                        }[];
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            groupId: string | null;
                            groupName: string | null;
                            kind: string;
                            programId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timeZone: string;
                            status: string;
                            roomId: string | null;
                            roomName: string | null;
                            edited: boolean;
                            facilitators: {
                                staffId: string;
                                role: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                            }[];
                            cancelReason: string | null;
                            modality: string | null;
                            roster: {
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                attendance: {
                                    status: string;
                                    minutesAttended: number;
                                    modality: string;
                                } | null;
                            }[];
                            openReviews: number;
                            warnings?: {
                                code: string;
                                message: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            groupId: string | null;
                            groupName: string | null;
                            kind: string;
                            programId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            endsAt: string;
                            timeZone: string;
                            status: string;
                            roomId: string | null;
                            roomName: string | null;
                            edited: boolean;
                            facilitators: {
                                staffId: string;
                                role: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                            }[];
                            cancelReason: string | null;
                            modality: string | null;
                            roster: {
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                attendance: {
                                    status: string;
                                    minutesAttended: number;
                                    modality: string;
                                } | null;
                            }[];
                            openReviews: number;
                            warnings?: {
                                code: string;
                                message: string;
                                sessionId: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                ownerKind: string;
                                ownerId: string;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        ownerKind: "staff" | "room";
                        /** Format: uuid */
                        ownerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            url: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feeds/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records: {
                                patientId: string;
                                status: string;
                                checkInAt: string | null;
                                checkOutAt: string | null;
                                minutesAttended: number;
                                modality: string;
                                participation: string | null;
                                dropIn: boolean;
                                dropInReason: string | null;
                                makeUpSessionId: string | null;
                                confirmed?: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        records: {
                            /** Format: uuid */
                            patientId: string;
                            /** @enum {unknown} */
                            status: "present" | "late" | "left_early" | "absent_excused" | "absent_unexcused";
                            /**
                             * Format: date-time
                             * @example 2026-03-09T09:05:00-04:00
                             */
                            checkInAt?: string;
                            /**
                             * Format: date-time
                             * @example 2026-03-09T09:05:00-04:00
                             */
                            checkOutAt?: string;
                            /** @enum {unknown} */
                            modality: "in_person" | "telehealth_video" | "telehealth_audio";
                            /** @enum {unknown} */
                            participation?: "active" | "engaged" | "minimal" | "disruptive" | "none";
                            dropInReason?: string;
                            /** Format: uuid */
                            makeUpSessionId?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            records: {
                                patientId: string;
                                status: string;
                                checkInAt: string | null;
                                checkOutAt: string | null;
                                minutesAttended: number;
                                modality: string;
                                participation: string | null;
                                dropIn: boolean;
                                dropInReason: string | null;
                                makeUpSessionId: string | null;
                                confirmed?: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patientId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-09T09:05:00-04:00
                         */
                        at?: string;
                        /** @enum {unknown} */
                        modality?: "in_person" | "telehealth_video" | "telehealth_audio";
                        dropInReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            patientId: string;
                            status: string;
                            checkInAt: string | null;
                            checkOutAt: string | null;
                            minutesAttended: number;
                            modality: string;
                            participation: string | null;
                            dropIn: boolean;
                            dropInReason: string | null;
                            makeUpSessionId: string | null;
                            confirmed?: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            patientId: string;
                            status: string;
                            checkInAt: string | null;
                            checkOutAt: string | null;
                            minutesAttended: number;
                            modality: string;
                            participation: string | null;
                            dropIn: boolean;
                            dropInReason: string | null;
                            makeUpSessionId: string | null;
                            confirmed?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/check-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patientId: string;
                        /**
                         * Format: date-time
                         * @example 2026-03-09T09:05:00-04:00
                         */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            patientId: string;
                            status: string;
                            checkInAt: string | null;
                            checkOutAt: string | null;
                            minutesAttended: number;
                            modality: string;
                            participation: string | null;
                            dropIn: boolean;
                            dropInReason: string | null;
                            makeUpSessionId: string | null;
                            confirmed?: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            sessionId: string;
                            groupName: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            version: number;
                            topic: string;
                            interventions: string;
                            materials: string;
                            narrative: string;
                            /** Format: date-time */
                            dueAt: string;
                            entries: {
                                patientId: string;
                                goalsAddressed: string[];
                                participation: string;
                                response: string;
                                plan: string;
                                risk: string | null;
                            }[];
                            members: {
                                patientId: string;
                                givenName: string;
                                familyName: string;
                                attendanceStatus: string | null;
                                entryRequired: boolean;
                                goalOptions: string[];
                            }[];
                            individualization: {
                                score: number;
                                minimumScore: number;
                                entries: {
                                    patientId: string;
                                    score: number;
                                }[];
                                findings: {
                                    kind: string;
                                    patientIds: string[];
                                    similarity: number;
                                    previousNoteId?: string;
                                }[];
                            };
                            mentions: {
                                path: string;
                                patientId: string;
                                text: string;
                                start: number;
                                end: number;
                            }[];
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        narrative: string;
                        topic?: string;
                        interventions?: string;
                        materials?: string;
                        entries: {
                            /** Format: uuid */
                            patientId: string;
                            /** @default [] */
                            goalsAddressed?: string[] | string;
                            participation?: string;
                            response?: string;
                            plan?: string;
                            risk?: string | null;
                        }[];
                        /** @description The version last read; the If-Match header does the same. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            sessionId: string;
                            groupName: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            version: number;
                            topic: string;
                            interventions: string;
                            materials: string;
                            narrative: string;
                            /** Format: date-time */
                            dueAt: string;
                            entries: {
                                patientId: string;
                                goalsAddressed: string[];
                                participation: string;
                                response: string;
                                plan: string;
                                risk: string | null;
                            }[];
                            members: {
                                patientId: string;
                                givenName: string;
                                familyName: string;
                                attendanceStatus: string | null;
                                entryRequired: boolean;
                                goalOptions: string[];
                            }[];
                            individualization: {
                                score: number;
                                minimumScore: number;
                                entries: {
                                    patientId: string;
                                    score: number;
                                }[];
                                findings: {
                                    kind: string;
                                    patientIds: string[];
                                    similarity: number;
                                    previousNoteId?: string;
                                }[];
                            };
                            mentions: {
                                path: string;
                                patientId: string;
                                text: string;
                                start: number;
                                end: number;
                            }[];
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/note/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            sessionId: string;
                            groupName: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            version: number;
                            topic: string;
                            interventions: string;
                            materials: string;
                            narrative: string;
                            /** Format: date-time */
                            dueAt: string;
                            entries: {
                                patientId: string;
                                goalsAddressed: string[];
                                participation: string;
                                response: string;
                                plan: string;
                                risk: string | null;
                            }[];
                            members: {
                                patientId: string;
                                givenName: string;
                                familyName: string;
                                attendanceStatus: string | null;
                                entryRequired: boolean;
                                goalOptions: string[];
                            }[];
                            individualization: {
                                score: number;
                                minimumScore: number;
                                entries: {
                                    patientId: string;
                                    score: number;
                                }[];
                                findings: {
                                    kind: string;
                                    patientIds: string[];
                                    similarity: number;
                                    previousNoteId?: string;
                                }[];
                            };
                            mentions: {
                                path: string;
                                patientId: string;
                                text: string;
                                start: number;
                                end: number;
                            }[];
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/note/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string | null;
                            sessionId: string;
                            groupName: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            status: string;
                            version: number;
                            topic: string;
                            interventions: string;
                            materials: string;
                            narrative: string;
                            /** Format: date-time */
                            dueAt: string;
                            entries: {
                                patientId: string;
                                goalsAddressed: string[];
                                participation: string;
                                response: string;
                                plan: string;
                                risk: string | null;
                            }[];
                            members: {
                                patientId: string;
                                givenName: string;
                                familyName: string;
                                attendanceStatus: string | null;
                                entryRequired: boolean;
                                goalOptions: string[];
                            }[];
                            individualization: {
                                score: number;
                                minimumScore: number;
                                entries: {
                                    patientId: string;
                                    score: number;
                                }[];
                                findings: {
                                    kind: string;
                                    patientIds: string[];
                                    similarity: number;
                                    previousNoteId?: string;
                                }[];
                            };
                            mentions: {
                                path: string;
                                patientId: string;
                                text: string;
                                start: number;
                                end: number;
                            }[];
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/note/addenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            text: string;
                            author: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/note-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                status: string;
                                sessionId: string | null;
                                startsAt: string | null;
                                narrative?: {
                                    topic: string;
                                    interventions: string;
                                    materials: string;
                                    narrative: string;
                                };
                                entry?: {
                                    patientId: string;
                                    goalsAddressed: string[];
                                    participation: string;
                                    response: string;
                                    plan: string;
                                    risk: string | null;
                                } | null;
                                sections?: {
                                    [key: string]: string;
                                };
                                signature: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                cosignature: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                addenda: {
                                    id: string;
                                    text: string;
                                    author: {
                                        staffId: string;
                                        name: string;
                                        credentials: string | null;
                                        /** Format: date-time */
                                        at: string;
                                    } | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description individual_therapy, admission_assessment, continued_stay_review, discharge_summary */
                        template: string;
                        /** Format: uuid */
                        sessionId?: string;
                        sections?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            patientId: string;
                            sessionId: string | null;
                            status: string;
                            version: number;
                            sections: {
                                [key: string]: string;
                            };
                            template: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            };
                            authorId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notes/unsigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                noteId: string | null;
                                kind: string;
                                status: string | null;
                                sessionId: string | null;
                                patientId: string | null;
                                title: string;
                                startsAt: string | null;
                                /** Format: date-time */
                                dueAt: string;
                                overdue: boolean;
                                awaiting: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            patientId: string;
                            sessionId: string | null;
                            status: string;
                            version: number;
                            sections: {
                                [key: string]: string;
                            };
                            template: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            };
                            authorId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sections: {
                            [key: string]: string;
                        };
                        /** @description The version last read; the If-Match header does the same. */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            patientId: string;
                            sessionId: string | null;
                            status: string;
                            version: number;
                            sections: {
                                [key: string]: string;
                            };
                            template: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            };
                            authorId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notes/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            patientId: string;
                            sessionId: string | null;
                            status: string;
                            version: number;
                            sections: {
                                [key: string]: string;
                            };
                            template: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            };
                            authorId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notes/{id}/cosign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            patientId: string;
                            sessionId: string | null;
                            status: string;
                            version: number;
                            sections: {
                                [key: string]: string;
                            };
                            template: {
                                kind: string;
                                title: string;
                                sections: {
                                    key: string;
                                    label: string;
                                    required: boolean;
                                }[];
                            };
                            authorId: string | null;
                            /** Format: date-time */
                            dueAt: string;
                            signature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cosignature: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            addenda: {
                                id: string;
                                text: string;
                                author: {
                                    staffId: string;
                                    name: string;
                                    credentials: string | null;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notes/{id}/addenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            text: string;
                            author: {
                                staffId: string;
                                name: string;
                                credentials: string | null;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @example PHQ-9 */
                                id: string;
                                /** @example PHQ9 */
                                name: string;
                                title: string;
                                description?: string;
                                code?: {
                                    system: string;
                                    code: string;
                                    display?: string;
                                }[];
                                item: {
                                    /** @example 9 */
                                    linkId: string;
                                    text: string;
                                    code?: {
                                        system: string;
                                        code: string;
                                        display?: string;
                                    }[];
                                    answerOption: {
                                        value: number;
                                        display: string;
                                        /**
                                         * @example {
                                         *       "system": "http://loinc.org",
                                         *       "code": "44261-6"
                                         *     }
                                         */
                                        code?: {
                                            system: string;
                                            code: string;
                                            display?: string;
                                        };
                                        /** @description Scoring weight when it differs from `value`. */
                                        score?: number;
                                    }[];
                                    enableWhen?: {
                                        /** @example 9 */
                                        question: string;
                                        /** @enum {unknown} */
                                        operator: "=" | "!=" | ">" | "<" | ">=" | "<=";
                                        answerInteger: number;
                                    }[];
                                    /** @enum {unknown} */
                                    enableBehavior?: "all" | "any";
                                }[];
                                scoring: {
                                    total?: {
                                        /**
                                         * @description sum of the scores, or the highest score (triage levels).
                                         * @enum {unknown}
                                         */
                                        method: "sum" | "max";
                                        linkIds: string[];
                                        /**
                                         * @example {
                                         *       "system": "http://loinc.org",
                                         *       "code": "44261-6"
                                         *     }
                                         */
                                        code?: {
                                            system: string;
                                            code: string;
                                            display?: string;
                                        };
                                    };
                                    bands?: {
                                        min: number;
                                        max: number;
                                        label: string;
                                    }[];
                                    subscales?: {
                                        /** @example 9 */
                                        id: string;
                                        title: string;
                                        linkIds: string[];
                                        bands?: {
                                            min: number;
                                            max: number;
                                            label: string;
                                        }[];
                                    }[];
                                    flags?: {
                                        /** @example suicide_risk */
                                        flag: string;
                                        /**
                                         * @description Applies to this sex and to patients whose sex is not given.
                                         * @enum {unknown}
                                         */
                                        sex?: "female" | "male";
                                        /** @description Every condition given must hold. */
                                        when: {
                                            total?: {
                                                min?: number;
                                                max?: number;
                                            };
                                            /** @description Answer values by item linkId. */
                                            items?: {
                                                [key: string]: {
                                                    min?: number;
                                                    max?: number;
                                                };
                                            };
                                            /** @description Subscale scores by id. */
                                            subscales?: {
                                                [key: string]: {
                                                    min?: number;
                                                    max?: number;
                                                };
                                            };
                                            endorsed?: {
                                                linkIds: string[];
                                                minValue: number;
                                                minCount: number;
                                            }[];
                                        };
                                    }[];
                                    /** @description Exactly one of the two. */
                                    reliableChange?: {
                                        /** @description A published point threshold. */
                                        minimumChange?: number;
                                        jacobsonTruax?: {
                                            /** @description Standard deviation of the baseline population. */
                                            sd: number;
                                            /** @description r_xx of the measure. */
                                            reliability: number;
                                        };
                                    };
                                    /** @description Exactly one of the two: the drop from baseline that counts as response. */
                                    response?: {
                                        percentDrop?: number;
                                        pointDrop?: number;
                                    };
                                    /** @description A follow-up total below this is remission. */
                                    remission?: {
                                        below: number;
                                    };
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /**
                     * @description PHQ-9, GAD-7, C-SSRS-screener, PCL-5, AUDIT-C, BAM
                     * @example PHQ-9
                     */
                    instrument?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                instrument: string;
                                total: number | null;
                                severity: string | null;
                                flags: string[];
                                subscales?: {
                                    [key: string]: {
                                        score: number;
                                        severity: string | null;
                                    };
                                };
                                /**
                                 * Format: date-time
                                 * @example 2026-03-09T09:05:00-04:00
                                 */
                                administeredAt: string;
                                source: string;
                                /** @description Since the first administration of the instrument in the patient's current episode. */
                                change?: {
                                    delta: number;
                                    percentChange: number | null;
                                    reliableChange: boolean | null;
                                    response: boolean | null;
                                    remission: boolean | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description PHQ-9, GAD-7, C-SSRS-screener, PCL-5, AUDIT-C, BAM
                         * @example PHQ-9
                         */
                        instrument: string;
                        /**
                         * @example [
                         *       1,
                         *       2,
                         *       1,
                         *       2,
                         *       2,
                         *       1,
                         *       2,
                         *       2,
                         *       1
                         *     ]
                         */
                        answers: number[];
                        /**
                         * Format: date-time
                         * @example 2026-03-09T09:05:00-04:00
                         */
                        administeredAt?: string;
                        /** @enum {unknown} */
                        source?: "staff" | "paper" | "kiosk" | "link";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            instrument: string;
                            total: number | null;
                            severity: string | null;
                            flags: string[];
                            subscales?: {
                                [key: string]: {
                                    score: number;
                                    severity: string | null;
                                };
                            };
                            /**
                             * Format: date-time
                             * @example 2026-03-09T09:05:00-04:00
                             */
                            administeredAt: string;
                            source: string;
                            /** @description Since the first administration of the instrument in the patient's current episode. */
                            change?: {
                                delta: number;
                                percentChange: number | null;
                                reliableChange: boolean | null;
                                response: boolean | null;
                                remission: boolean | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/measures-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the schedule asks of the patient today: baseline at admission, every 7 days, at discharge (PHQ-9, GAD-7). */
                            items: {
                                instrument: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                dueOn: string;
                                overdue: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/patients/{id}/self-report-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        kind: "kiosk" | "link";
                        /**
                         * @example [
                         *       "PHQ-9"
                         *     ]
                         */
                        instruments?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @example /self-report/3q2xZ… */
                            url: string;
                            instruments: string[];
                            /**
                             * Format: date-time
                             * @example 2026-03-09T09:05:00-04:00
                             */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-report/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            patientFirstName: string;
                            instruments: {
                                id: string;
                                title: string;
                                description?: string;
                                item: {
                                    linkId: string;
                                    text: string;
                                    answerOption: {
                                        value: number;
                                        display: string;
                                    }[];
                                    enableWhen?: {
                                        question: string;
                                        /** @enum {unknown} */
                                        operator: "=" | "!=" | ">" | "<" | ">=" | "<=";
                                        answerInteger: number;
                                    }[];
                                    /** @enum {unknown} */
                                    enableBehavior?: "all" | "any";
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-report/{token}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description PHQ-9, GAD-7, C-SSRS-screener, PCL-5, AUDIT-C, BAM
                         * @example PHQ-9
                         */
                        instrument: string;
                        /**
                         * @example [
                         *       1,
                         *       2,
                         *       1,
                         *       2,
                         *       2,
                         *       1,
                         *       2,
                         *       2,
                         *       1
                         *     ]
                         */
                        answers: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            instrument: string;
                            remaining: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    programId: string;
                    /** @example 2026-01-05 */
                    from?: string;
                    /** @example 2026-01-05 */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            program: {
                                id: string;
                                name: string;
                            };
                            period: {
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                to: string;
                            };
                            previousPeriod: {
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                to: string;
                            };
                            /** @description Every instrument with a rule of change (PHQ-9, GAD-7, PCL-5), in the registry order. */
                            instruments: {
                                instrument: string;
                                title: string;
                                current: {
                                    patients: number;
                                    baseline: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    latest: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    change: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    response: {
                                        eligible: number;
                                        count: number;
                                        rate: number | null;
                                    } | null;
                                    remission: {
                                        eligible: number;
                                        count: number;
                                        rate: number | null;
                                    } | null;
                                    reliableImprovement: number | null;
                                    reliableDeterioration: number | null;
                                };
                                previous: {
                                    patients: number;
                                    baseline: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    latest: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    change: {
                                        n: number;
                                        mean: number | null;
                                        sd: number | null;
                                        ci95: {
                                            lower: number;
                                            upper: number;
                                        } | null;
                                    };
                                    response: {
                                        eligible: number;
                                        count: number;
                                        rate: number | null;
                                    } | null;
                                    remission: {
                                        eligible: number;
                                        count: number;
                                        rate: number | null;
                                    } | null;
                                    reliableImprovement: number | null;
                                    reliableDeterioration: number | null;
                                };
                                difference: {
                                    patients: number;
                                    meanChange: number | null;
                                    responseRate: number | null;
                                    remissionRate: number | null;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outcomes/reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    programId: string;
                    /** @example 2026-01-05 */
                    from?: string;
                    /** @example 2026-01-05 */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    programId: string;
                    /** @example 2026-01-05 */
                    weekOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programId: string;
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            weekStart: string;
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            weekEnd: string;
                            lastProgramDay: string | null;
                            items: {
                                patientId: string;
                                name: {
                                    given: string;
                                    family: string;
                                };
                                programId: string;
                                episodeId: string;
                                levelOfCare: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                admitDate: string;
                                dischargeDate: string | null;
                                /** @description Hours, two decimals. */
                                requiredHours: number;
                                /** @description Hours, two decimals. */
                                attendedHours: number;
                                /** @description Hours, two decimals. */
                                scheduledRemainingHours: number;
                                /** @description Hours, two decimals. */
                                projectedHours: number;
                                /** @description Hours, two decimals. */
                                shortfallHours: number;
                                met: boolean;
                                consecutiveAbsences: number;
                                unsignedNotes: number;
                                overdueMeasures: {
                                    instrument: string;
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    dueOn: string;
                                }[];
                                authorization: {
                                    number: string;
                                    unitType: string;
                                    units: number;
                                    used: number;
                                    remaining: number;
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    endDate: string;
                                    nearExhaustion: boolean;
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    exhaustsOn?: string;
                                } | null;
                                recertificationDue: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/compliance/weeks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    programId: string;
                    /** @example 2026-01-05 */
                    from: string;
                    /** @example 2026-01-05 */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            programId: string;
                            weeks: {
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                weekStart: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                weekEnd: string;
                                lastProgramDay: string | null;
                                items: {
                                    patientId: string;
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                    programId: string;
                                    episodeId: string;
                                    levelOfCare: string;
                                    /**
                                     * Format: date
                                     * @example 2026-01-05
                                     */
                                    admitDate: string;
                                    dischargeDate: string | null;
                                    /** @description Hours, two decimals. */
                                    requiredHours: number;
                                    /** @description Hours, two decimals. */
                                    attendedHours: number;
                                    /** @description Hours, two decimals. */
                                    scheduledRemainingHours: number;
                                    /** @description Hours, two decimals. */
                                    projectedHours: number;
                                    /** @description Hours, two decimals. */
                                    shortfallHours: number;
                                    met: boolean;
                                    consecutiveAbsences: number;
                                    unsignedNotes: number;
                                    overdueMeasures: {
                                        instrument: string;
                                        /**
                                         * Format: date
                                         * @example 2026-01-05
                                         */
                                        dueOn: string;
                                    }[];
                                    authorization: {
                                        number: string;
                                        unitType: string;
                                        units: number;
                                        used: number;
                                        remaining: number;
                                        /**
                                         * Format: date
                                         * @example 2026-01-05
                                         */
                                        endDate: string;
                                        nearExhaustion: boolean;
                                        /**
                                         * Format: date
                                         * @example 2026-01-05
                                         */
                                        exhaustsOn?: string;
                                    } | null;
                                    recertificationDue: string | null;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        from: string;
                        /**
                         * Format: date
                         * @example 2026-01-05
                         */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            claims: {
                                id: string;
                                patientId: string;
                                payerId: string;
                                format: "837I" | "837P";
                                status: string;
                                frequency: string;
                                originalClaimId: string | null;
                                periodFrom: string;
                                periodTo: string;
                                totalCents: number;
                                rulesVersion: number;
                                batchId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                lines: {
                                    serviceDate: string;
                                    revenueCode?: string;
                                    procedureCode: string;
                                    modifiers: string[];
                                    units: number;
                                    chargeCents: number;
                                    placeOfService?: string;
                                    renderingStaffId?: string;
                                    supervisingStaffId?: string;
                                    sessionIds: string[];
                                    trace: {
                                        rule: string;
                                        detail: string;
                                    }[];
                                }[];
                                issues: {
                                    severity: "error" | "warning";
                                    code: string;
                                    message: string;
                                    path: string;
                                }[];
                            }[];
                            held: {
                                sessionId: string;
                                patientId: string;
                                serviceDate: string;
                                reason: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "draft" | "ready" | "batched" | "submitted" | "accepted" | "rejected" | "paid" | "denied" | "partially_paid" | "replaced" | "voided";
                    patientId?: string;
                    payerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                patientId: string;
                                payerId: string;
                                format: "837I" | "837P";
                                status: string;
                                frequency: string;
                                originalClaimId: string | null;
                                periodFrom: string;
                                periodTo: string;
                                totalCents: number;
                                rulesVersion: number;
                                batchId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                lines: {
                                    serviceDate: string;
                                    revenueCode?: string;
                                    procedureCode: string;
                                    modifiers: string[];
                                    units: number;
                                    chargeCents: number;
                                    placeOfService?: string;
                                    renderingStaffId?: string;
                                    supervisingStaffId?: string;
                                    sessionIds: string[];
                                    trace: {
                                        rule: string;
                                        detail: string;
                                    }[];
                                }[];
                                issues: {
                                    severity: "error" | "warning";
                                    code: string;
                                    message: string;
                                    path: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            payerId: string;
                            format: "837I" | "837P";
                            status: string;
                            frequency: string;
                            originalClaimId: string | null;
                            periodFrom: string;
                            periodTo: string;
                            totalCents: number;
                            rulesVersion: number;
                            batchId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            lines: {
                                serviceDate: string;
                                revenueCode?: string;
                                procedureCode: string;
                                modifiers: string[];
                                units: number;
                                chargeCents: number;
                                placeOfService?: string;
                                renderingStaffId?: string;
                                supervisingStaffId?: string;
                                sessionIds: string[];
                                trace: {
                                    rule: string;
                                    detail: string;
                                }[];
                            }[];
                            issues: {
                                severity: "error" | "warning";
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/form.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/replacement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            payerId: string;
                            format: "837I" | "837P";
                            status: string;
                            frequency: string;
                            originalClaimId: string | null;
                            periodFrom: string;
                            periodTo: string;
                            totalCents: number;
                            rulesVersion: number;
                            batchId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            lines: {
                                serviceDate: string;
                                revenueCode?: string;
                                procedureCode: string;
                                modifiers: string[];
                                units: number;
                                chargeCents: number;
                                placeOfService?: string;
                                renderingStaffId?: string;
                                supervisingStaffId?: string;
                                sessionIds: string[];
                                trace: {
                                    rule: string;
                                    detail: string;
                                }[];
                            }[];
                            issues: {
                                severity: "error" | "warning";
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            patientId: string;
                            payerId: string;
                            format: "837I" | "837P";
                            status: string;
                            frequency: string;
                            originalClaimId: string | null;
                            periodFrom: string;
                            periodTo: string;
                            totalCents: number;
                            rulesVersion: number;
                            batchId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            lines: {
                                serviceDate: string;
                                revenueCode?: string;
                                procedureCode: string;
                                modifiers: string[];
                                units: number;
                                chargeCents: number;
                                placeOfService?: string;
                                renderingStaffId?: string;
                                supervisingStaffId?: string;
                                sessionIds: string[];
                                trace: {
                                    rule: string;
                                    detail: string;
                                }[];
                            }[];
                            issues: {
                                severity: "error" | "warning";
                                code: string;
                                message: string;
                                path: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claim-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    format?: "837I" | "837P";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                format: "837I" | "837P";
                                controlNumber: number;
                                claimCount: number;
                                /** @description Integer cents. */
                                totalCents: number;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    id: string;
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        claimIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            format: "837I" | "837P";
                            controlNumber: number;
                            claimIds: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claim-batches/{id}/x12": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/remittances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                checkNumber: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                paymentDate: string;
                                payerName: string;
                                /** @description Integer cents. */
                                totalPaidCents: number;
                                /** Format: date-time */
                                receivedAt: string;
                                postedCount: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description An X12 835 file. */
            requestBody: {
                content: {
                    "text/plain": string;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            postedClaims: {
                                claimId: string;
                                status: string;
                                paidCents: number;
                                patientResponsibilityCents: number;
                            }[];
                            unmatched: {
                                claimId: string;
                                paidCents: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions/{id}/claim-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessionId: string;
                            members: {
                                patientId: string;
                                billed: boolean;
                                lines: {
                                    serviceDate: string;
                                    revenueCode?: string;
                                    procedureCode: string;
                                    modifiers: string[];
                                    units: number;
                                    chargeCents: number;
                                    placeOfService?: string;
                                    renderingStaffId?: string;
                                    supervisingStaffId?: string;
                                    sessionIds: string[];
                                    trace: {
                                        rule: string;
                                        detail: string;
                                    }[];
                                }[];
                                held: {
                                    reason: string;
                                    message: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Held services to fix, with patient, session, program and reason, and counts per reason */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    reason?: "note_unsigned" | "no_coverage" | "no_authorization" | "authorization_exhausted" | "below_minimum_minutes" | "group_too_large" | "no_licensed_rendering_provider" | "no_diagnosis" | "outside_episode" | "not_billable";
                    programId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                sessionId: string;
                                patientId: string;
                                patient: {
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                    mrn: string;
                                };
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                serviceDate: string;
                                /** Format: date-time */
                                startsAt: string;
                                sessionKind: string;
                                groupId: string | null;
                                groupName: string | null;
                                programId: string | null;
                                programName: string | null;
                                reason: string;
                                message: string;
                                /** Format: date-time */
                                heldAt: string;
                                leadStaffId: string | null;
                            }[];
                            nextCursor: string | null;
                            counts: {
                                reason: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/billing/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Claims as the claims list shows them: names, issue counts, and totals over the filter */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "draft" | "ready" | "batched" | "submitted" | "accepted" | "rejected" | "paid" | "denied" | "partially_paid" | "replaced" | "voided";
                    format?: "837I" | "837P";
                    patientId?: string;
                    payerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                patientId: string;
                                patient: {
                                    name: {
                                        given: string;
                                        family: string;
                                    };
                                    mrn: string;
                                };
                                payerId: string;
                                payerName: string;
                                format: "837I" | "837P";
                                status: string;
                                frequency: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                periodFrom: string;
                                /**
                                 * Format: date
                                 * @example 2026-01-05
                                 */
                                periodTo: string;
                                /** @description Integer cents. */
                                totalCents: number;
                                lineCount: number;
                                errorCount: number;
                                warningCount: number;
                                batchId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                            totals: {
                                count: number;
                                /** @description Integer cents. */
                                totalCents: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/remittances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            checkNumber: string;
                            /**
                             * Format: date
                             * @example 2026-01-05
                             */
                            paymentDate: string;
                            payerName: string;
                            /** @description Integer cents. */
                            totalPaidCents: number;
                            /** Format: date-time */
                            receivedAt: string;
                            postedCount: number;
                            postings: {
                                claimId: string;
                                patientId: string;
                                patientName: {
                                    given: string;
                                    family: string;
                                };
                                claimStatus: string;
                                payerStatus: string;
                                /** @description Integer cents. */
                                chargeCents: number;
                                /** @description Integer cents. */
                                paidCents: number;
                                /** @description Integer cents. */
                                adjustedCents: number;
                                /** @description Integer cents. */
                                patientResponsibilityCents: number;
                                adjustments: {
                                    group: string;
                                    reason: string;
                                    /** @description Integer cents. */
                                    amountCents: number;
                                }[];
                            }[];
                            unmatched: {
                                claimId: string;
                                /** @description Integer cents. */
                                chargeCents: number;
                                /** @description Integer cents. */
                                paidCents: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "open" | "done";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                programId: string | null;
                                patientId: string | null;
                                assigneeRole: string;
                                assigneeStaffId: string | null;
                                priority: "routine" | "urgent";
                                details: {
                                    [key: string]: unknown;
                                };
                                status: string;
                                /** Format: date-time */
                                createdAt: string;
                                completedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            title: string;
                            programId: string | null;
                            patientId: string | null;
                            assigneeRole: string;
                            assigneeStaffId: string | null;
                            priority: "routine" | "urgent";
                            details: {
                                [key: string]: unknown;
                            };
                            status: string;
                            /** Format: date-time */
                            createdAt: string;
                            completedAt: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    patientId?: string;
                    actorId?: string;
                    from?: string;
                    to?: string;
                    action?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actorId: string | null;
                                actorRoles: string[];
                                action: string;
                                category: string;
                                patientId: string | null;
                                entityId: string | null;
                                outcome: string;
                                ip: string | null;
                                requestId: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
